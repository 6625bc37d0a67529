// Permissions: names, groups, descriptions, risk flags; PermissionSet operations, the dispatcher
// lock, public-bot warnings and the safe preset; ConfirmationPolicy names and defaults.
#include "bots/confirmation_policy.h"
#include "bots/permission_set.h"

#include <QTest>

using namespace hilal::bots;

class TestPermissionSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sevenPermissionsWithNamesAndDescriptions()
    {
        const QStringList expected = {
            QStringLiteral("CREATE_OAUTH"), QStringLiteral("READ_INTEGRATIONS"), QStringLiteral("DELETE_INTEGRATIONS"),
            QStringLiteral("CREATE_LEAD"),  QStringLiteral("READ_ACCOUNT"),      QStringLiteral("UPDATE_OPPORTUNITY"),
            QStringLiteral("RUN_SOQL")};
        QCOMPARE(Permissions::all().size(), 7);
        QCOMPARE(PermissionSet::all().names(), expected);
        for (Permission p : Permissions::all()) {
            QVERIFY(!Permissions::description(p).isEmpty());
            QCOMPARE(Permissions::fromName(Permissions::name(p)), std::optional<Permission>(p));
        }
        QCOMPARE(Permissions::fromName(QStringLiteral("run-soql")), std::optional<Permission>(Permission::RunSoql));
        QCOMPARE(Permissions::fromName(QStringLiteral("create_lead")),
                 std::optional<Permission>(Permission::CreateLead));
        QVERIFY(!Permissions::fromName(QStringLiteral("DELETE_EVERYTHING")));
    }

    void groups()
    {
        QCOMPARE(Permissions::inGroup(PermissionGroup::Integration),
                 (QList<Permission> {Permission::CreateOAuth, Permission::ReadIntegrations,
                                     Permission::DeleteIntegrations}));
        QCOMPARE(Permissions::inGroup(PermissionGroup::ChatAction),
                 (QList<Permission> {Permission::CreateLead, Permission::ReadAccount, Permission::UpdateOpportunity,
                                     Permission::RunSoql}));
    }

    void riskyOnlyRunSoqlAndUpdateOpportunity()
    {
        for (Permission p : Permissions::all()) {
            const bool risky = p == Permission::RunSoql || p == Permission::UpdateOpportunity;
            QCOMPARE(Permissions::isRiskyForPublicBots(p), risky);
        }
    }

    void grantRevokeAndSetAlgebra()
    {
        PermissionSet s;
        QVERIFY(s.isEmpty());
        s.grant(Permission::RunSoql);
        s.grant(Permission::RunSoql);
        QCOMPARE(s.count(), 1);
        s.set(Permission::CreateLead, true);
        QVERIFY(s.has(Permission::CreateLead));
        s.revoke(Permission::RunSoql);
        QVERIFY(!s.has(Permission::RunSoql));
        QCOMPARE(s, PermissionSet({Permission::CreateLead}));
        QCOMPARE(PermissionSet::all().removed(s).count(), 6);
        QCOMPARE(s.added({Permission::ReadAccount}), PermissionSet::safeForPublicBots());
        QCOMPARE(PermissionSet::fromBits(0xffffffffu), PermissionSet::all());
    }

    void dispatcherUnlockedByAnyChatPermission_data()
    {
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("unlocks");
        for (Permission p : Permissions::all()) {
            QTest::newRow(qPrintable(Permissions::name(p)))
                << static_cast<int>(p) << (Permissions::group(p) == PermissionGroup::ChatAction);
        }
    }
    void dispatcherUnlockedByAnyChatPermission()
    {
        QFETCH(int, permission);
        QFETCH(bool, unlocks);
        QVERIFY(!PermissionSet().isDispatcherUnlocked());
        QCOMPARE(PermissionSet({static_cast<Permission>(permission)}).isDispatcherUnlocked(), unlocks);
    }

    void fromNamesRejectsUnknownWithASentence()
    {
        PermissionSet s;
        QString error;
        QVERIFY(PermissionSet::fromNames({QStringLiteral("create_lead"), QStringLiteral("RUN_SOQL")}, &s, &error));
        QCOMPARE(s, PermissionSet({Permission::CreateLead, Permission::RunSoql}));
        QVERIFY(!PermissionSet::fromNames({QStringLiteral("RUN_SQL")}, &s, &error));
        QVERIFY2(error.contains(QStringLiteral("RUN_SQL")) && error.contains(QStringLiteral("RUN_SOQL")),
                 qPrintable(error));
    }

    void warningsOnlyForRiskyPermissionsOnPublicBots()
    {
        const PermissionSet risky = {Permission::RunSoql, Permission::UpdateOpportunity, Permission::CreateLead};
        QCOMPARE(risky.warnings(Audience::Public).size(), 2);
        QVERIFY(risky.warnings(Audience::Internal).isEmpty());
        QVERIFY(PermissionSet::safeForPublicBots().warnings(Audience::Public).isEmpty());
        QVERIFY(risky.warnings(Audience::Public).join(QLatin1Char(' ')).contains(QStringLiteral("RUN_SOQL")));
    }

    void policyDefaultsAndNames()
    {
        const ConfirmationPolicy p;
        QVERIFY(p.confirmUpdates);
        QCOMPARE(p.confirmSoql, ConfirmationPolicy::Soql::NonTrivial);
        QVERIFY(!p.confirmCreates);
        for (auto s :
             {ConfirmationPolicy::Soql::Off, ConfirmationPolicy::Soql::NonTrivial, ConfirmationPolicy::Soql::All})
            QCOMPARE(ConfirmationPolicy::soqlFromName(ConfirmationPolicy::soqlName(s)), std::optional(s));
        QVERIFY(!ConfirmationPolicy::soqlFromName(QStringLiteral("sometimes")));
        QCOMPARE(p.summary(), QStringLiteral("updates on, soql nontrivial, creates off"));
    }
};

QTEST_GUILESS_MAIN(TestPermissionSet)
#include "tst_permission_set.moc"
