#include "emulator/store/schema.h"

namespace hilal::emulator {

QString fieldTypeName(FieldType t)
{
    switch (t) {
    case FieldType::Id:
        return QStringLiteral("id");
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::TextArea:
        return QStringLiteral("textarea");
    case FieldType::Email:
        return QStringLiteral("email");
    case FieldType::Phone:
        return QStringLiteral("phone");
    case FieldType::Url:
        return QStringLiteral("url");
    case FieldType::Picklist:
        return QStringLiteral("picklist");
    case FieldType::MultiPicklist:
        return QStringLiteral("multipicklist");
    case FieldType::Combobox:
        return QStringLiteral("combobox");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Int:
        return QStringLiteral("int");
    case FieldType::Double:
        return QStringLiteral("double");
    case FieldType::Currency:
        return QStringLiteral("currency");
    case FieldType::Percent:
        return QStringLiteral("percent");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::DateTime:
        return QStringLiteral("datetime");
    case FieldType::Reference:
        return QStringLiteral("reference");
    }
    return QStringLiteral("string");
}

QString soapTypeName(FieldType t)
{
    switch (t) {
    case FieldType::Id:
    case FieldType::Reference:
        return QStringLiteral("tns:ID");
    case FieldType::Boolean:
        return QStringLiteral("xsd:boolean");
    case FieldType::Int:
        return QStringLiteral("xsd:int");
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        return QStringLiteral("xsd:double");
    case FieldType::Date:
        return QStringLiteral("xsd:date");
    case FieldType::DateTime:
        return QStringLiteral("xsd:dateTime");
    default:
        return QStringLiteral("xsd:string");
    }
}

bool isTextType(FieldType t)
{
    switch (t) {
    case FieldType::String:
    case FieldType::TextArea:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Url:
    case FieldType::Picklist:
    case FieldType::MultiPicklist:
    case FieldType::Combobox:
        return true;
    default:
        return false;
    }
}

bool isNumberType(FieldType t)
{
    return t == FieldType::Int || t == FieldType::Double || t == FieldType::Currency || t == FieldType::Percent;
}

const FieldDef *ObjectDef::field(QStringView n) const
{
    for (const FieldDef &f : fields) {
        if (f.name.compare(n, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

const FieldDef *ObjectDef::fieldByRelationship(QStringView r) const
{
    for (const FieldDef &f : fields) {
        if (!f.relationshipName.isEmpty() && f.relationshipName.compare(r, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

const ChildRelationship *ObjectDef::childRelationship(QStringView r) const
{
    for (const ChildRelationship &c : childRelationships) {
        if (c.relationshipName.compare(r, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString ObjectDef::allowedRowMethods() const
{
    QString m = QStringLiteral("GET,HEAD");
    if (updateable)
        m += QStringLiteral(",PATCH");
    if (deletable)
        m += QStringLiteral(",DELETE");
    return m;
}

namespace {

// Small builders so the catalog below reads like the reference tables.
FieldDef text(const QString &name, const QString &label, int length, FieldType t = FieldType::String)
{
    FieldDef f;
    f.name = name;
    f.label = label;
    f.type = t;
    f.length = length;
    return f;
}

FieldDef required(FieldDef f)
{
    f.nillable = false;
    return f;
}

FieldDef readOnly(FieldDef f)
{
    f.createable = false;
    f.updateable = false;
    return f;
}

FieldDef systemField(FieldDef f)
{
    f = readOnly(f);
    f.nillable = false;
    f.defaulted = true;
    return f;
}

FieldDef picklist(const QString &name, const QString &label, const QStringList &values,
                  const QString &defaultValue = {}, FieldType t = FieldType::Picklist)
{
    FieldDef f = text(name, label, 255, t);
    for (const QString &v : values)
        f.picklist.append({v, v, v == defaultValue});
    if (!defaultValue.isEmpty()) {
        f.defaultValue = defaultValue;
        f.defaulted = true;
    }
    return f;
}

FieldDef number(const QString &name, const QString &label, FieldType t, int precision, int scale)
{
    FieldDef f;
    f.name = name;
    f.label = label;
    f.type = t;
    if (t == FieldType::Int)
        f.digits = precision;
    else {
        f.precision = precision;
        f.scale = scale;
    }
    return f;
}

FieldDef simple(const QString &name, const QString &label, FieldType t)
{
    FieldDef f;
    f.name = name;
    f.label = label;
    f.type = t;
    return f;
}

FieldDef boolean(const QString &name, const QString &label)
{
    FieldDef f = simple(name, label, FieldType::Boolean);
    f.nillable = false;
    f.defaulted = true;
    return f;
}

FieldDef reference(const QString &name, const QString &label, const QStringList &to, const QString &relationship)
{
    FieldDef f = simple(name, label, FieldType::Reference);
    f.length = 18;
    f.referenceTo = to;
    f.relationshipName = relationship;
    return f;
}

QList<FieldDef> systemFields(bool withOwner, const QStringList &ownerTargets = {QStringLiteral("User")})
{
    FieldDef id = systemField(simple(QStringLiteral("Id"), QStringLiteral("Record ID"), FieldType::Id));
    id.length = 18;
    QList<FieldDef> out {
        id,
        systemField(boolean(QStringLiteral("IsDeleted"), QStringLiteral("Deleted"))),
        systemField(simple(QStringLiteral("CreatedDate"), QStringLiteral("Created Date"), FieldType::DateTime)),
        systemField(reference(QStringLiteral("CreatedById"), QStringLiteral("Created By ID"), {QStringLiteral("User")},
                              QStringLiteral("CreatedBy"))),
        systemField(
            simple(QStringLiteral("LastModifiedDate"), QStringLiteral("Last Modified Date"), FieldType::DateTime)),
        systemField(reference(QStringLiteral("LastModifiedById"), QStringLiteral("Last Modified By ID"),
                              {QStringLiteral("User")}, QStringLiteral("LastModifiedBy"))),
        systemField(simple(QStringLiteral("SystemModstamp"), QStringLiteral("System Modstamp"), FieldType::DateTime)),
    };
    if (withOwner) {
        FieldDef owner
            = reference(QStringLiteral("OwnerId"), QStringLiteral("Owner ID"), ownerTargets, QStringLiteral("Owner"));
        owner.nillable = false;
        owner.defaulted = true;
        out.append(owner);
    }
    return out;
}

const QStringList &industries()
{
    static const QStringList v {QStringLiteral("Agriculture"),
                                QStringLiteral("Apparel"),
                                QStringLiteral("Banking"),
                                QStringLiteral("Biotechnology"),
                                QStringLiteral("Chemicals"),
                                QStringLiteral("Communications"),
                                QStringLiteral("Construction"),
                                QStringLiteral("Consulting"),
                                QStringLiteral("Education"),
                                QStringLiteral("Electronics"),
                                QStringLiteral("Energy"),
                                QStringLiteral("Engineering"),
                                QStringLiteral("Entertainment"),
                                QStringLiteral("Environmental"),
                                QStringLiteral("Finance"),
                                QStringLiteral("Food & Beverage"),
                                QStringLiteral("Government"),
                                QStringLiteral("Healthcare"),
                                QStringLiteral("Hospitality"),
                                QStringLiteral("Insurance"),
                                QStringLiteral("Machinery"),
                                QStringLiteral("Manufacturing"),
                                QStringLiteral("Media"),
                                QStringLiteral("Not For Profit"),
                                QStringLiteral("Recreation"),
                                QStringLiteral("Retail"),
                                QStringLiteral("Shipping"),
                                QStringLiteral("Technology"),
                                QStringLiteral("Telecommunications"),
                                QStringLiteral("Transportation"),
                                QStringLiteral("Utilities"),
                                QStringLiteral("Other")};
    return v;
}

const QStringList leadSources {QStringLiteral("Web"), QStringLiteral("Phone Inquiry"),
                               QStringLiteral("Partner Referral"), QStringLiteral("Purchased List"),
                               QStringLiteral("Other")};
const QStringList ratings {QStringLiteral("Hot"), QStringLiteral("Warm"), QStringLiteral("Cold")};
const QStringList salutations {QStringLiteral("Mr."), QStringLiteral("Ms."), QStringLiteral("Mrs."),
                               QStringLiteral("Dr."), QStringLiteral("Prof.")};

void addAddress(QList<FieldDef> &fields, const QString &prefix, const QString &labelPrefix)
{
    fields << text(prefix + QStringLiteral("Street"), labelPrefix + QStringLiteral(" Street"), 255, FieldType::TextArea)
           << text(prefix + QStringLiteral("City"), labelPrefix + QStringLiteral(" City"), 40)
           << text(prefix + QStringLiteral("State"), labelPrefix + QStringLiteral(" State/Province"), 80)
           << text(prefix + QStringLiteral("PostalCode"), labelPrefix + QStringLiteral(" Zip/Postal Code"), 20)
           << text(prefix + QStringLiteral("Country"), labelPrefix + QStringLiteral(" Country"), 80);
}

ObjectDef makeObject(const QString &name, const QString &label, const QString &plural, const QString &prefix)
{
    ObjectDef o;
    o.name = name;
    o.label = label;
    o.labelPlural = plural;
    o.keyPrefix = prefix;
    return o;
}

ObjectDef lead()
{
    ObjectDef o
        = makeObject(QStringLiteral("Lead"), QStringLiteral("Lead"), QStringLiteral("Leads"), QStringLiteral("00Q"));
    o.fields = systemFields(true, {QStringLiteral("Group"), QStringLiteral("User")});
    o.fields << text(QStringLiteral("FirstName"), QStringLiteral("First Name"), 40)
             << required(text(QStringLiteral("LastName"), QStringLiteral("Last Name"), 80))
             << readOnly(text(QStringLiteral("Name"), QStringLiteral("Full Name"), 121))
             << picklist(QStringLiteral("Salutation"), QStringLiteral("Salutation"), salutations)
             << required(text(QStringLiteral("Company"), QStringLiteral("Company"), 255))
             << text(QStringLiteral("Title"), QStringLiteral("Title"), 128)
             << text(QStringLiteral("Email"), QStringLiteral("Email"), 80, FieldType::Email)
             << text(QStringLiteral("Phone"), QStringLiteral("Phone"), 40, FieldType::Phone)
             << text(QStringLiteral("MobilePhone"), QStringLiteral("Mobile Phone"), 40, FieldType::Phone)
             << text(QStringLiteral("Fax"), QStringLiteral("Fax"), 40, FieldType::Phone)
             << text(QStringLiteral("Website"), QStringLiteral("Website"), 255, FieldType::Url)
             << picklist(QStringLiteral("LeadSource"), QStringLiteral("Lead Source"), leadSources);
    FieldDef status = picklist(QStringLiteral("Status"), QStringLiteral("Lead Status"),
                               {QStringLiteral("Open - Not Contacted"), QStringLiteral("Working - Contacted"),
                                QStringLiteral("Closed - Converted"), QStringLiteral("Closed - Not Converted")},
                               QStringLiteral("Open - Not Contacted"));
    status.nillable = false;
    o.fields << status << picklist(QStringLiteral("Industry"), QStringLiteral("Industry"), industries())
             << picklist(QStringLiteral("Rating"), QStringLiteral("Rating"), ratings)
             << text(QStringLiteral("Description"), QStringLiteral("Description"), 32000, FieldType::TextArea)
             << number(QStringLiteral("AnnualRevenue"), QStringLiteral("Annual Revenue"), FieldType::Currency, 18, 0)
             << number(QStringLiteral("NumberOfEmployees"), QStringLiteral("Employees"), FieldType::Int, 8, 0);
    addAddress(o.fields, QString(), QStringLiteral("Lead"));
    // Lead's address parts are named Street/City/… with plain labels.
    for (FieldDef &f : o.fields) {
        if (f.label.startsWith(QLatin1String("Lead ")))
            f.label = f.label.mid(5);
    }
    o.fields << readOnly(boolean(QStringLiteral("IsConverted"), QStringLiteral("Converted")))
             << readOnly(reference(QStringLiteral("ConvertedAccountId"), QStringLiteral("Converted Account ID"),
                                   {QStringLiteral("Account")}, QStringLiteral("ConvertedAccount")))
             << readOnly(reference(QStringLiteral("ConvertedContactId"), QStringLiteral("Converted Contact ID"),
                                   {QStringLiteral("Contact")}, QStringLiteral("ConvertedContact")))
             << readOnly(reference(QStringLiteral("ConvertedOpportunityId"), QStringLiteral("Converted Opportunity ID"),
                                   {QStringLiteral("Opportunity")}, QStringLiteral("ConvertedOpportunity")))
             << readOnly(simple(QStringLiteral("ConvertedDate"), QStringLiteral("Converted Date"), FieldType::Date));
    return o;
}

ObjectDef account()
{
    ObjectDef o = makeObject(QStringLiteral("Account"), QStringLiteral("Account"), QStringLiteral("Accounts"),
                             QStringLiteral("001"));
    o.fields = systemFields(true);
    o.fields << required(text(QStringLiteral("Name"), QStringLiteral("Account Name"), 255))
             << picklist(QStringLiteral("Type"), QStringLiteral("Account Type"),
                         {QStringLiteral("Prospect"), QStringLiteral("Customer - Direct"),
                          QStringLiteral("Customer - Channel"), QStringLiteral("Channel Partner / Reseller"),
                          QStringLiteral("Installation Partner"), QStringLiteral("Technology Partner"),
                          QStringLiteral("Other")})
             << picklist(QStringLiteral("Industry"), QStringLiteral("Industry"), industries())
             << reference(QStringLiteral("ParentId"), QStringLiteral("Parent Account ID"), {QStringLiteral("Account")},
                          QStringLiteral("Parent"));
    addAddress(o.fields, QStringLiteral("Billing"), QStringLiteral("Billing"));
    addAddress(o.fields, QStringLiteral("Shipping"), QStringLiteral("Shipping"));
    o.fields << text(QStringLiteral("Phone"), QStringLiteral("Account Phone"), 40, FieldType::Phone)
             << text(QStringLiteral("Fax"), QStringLiteral("Account Fax"), 40, FieldType::Phone)
             << text(QStringLiteral("Website"), QStringLiteral("Website"), 255, FieldType::Url)
             << number(QStringLiteral("AnnualRevenue"), QStringLiteral("Annual Revenue"), FieldType::Currency, 18, 0)
             << number(QStringLiteral("NumberOfEmployees"), QStringLiteral("Employees"), FieldType::Int, 8, 0)
             << text(QStringLiteral("AccountNumber"), QStringLiteral("Account Number"), 40)
             << text(QStringLiteral("Site"), QStringLiteral("Account Site"), 80)
             << text(QStringLiteral("TickerSymbol"), QStringLiteral("Ticker Symbol"), 20)
             << text(QStringLiteral("Sic"), QStringLiteral("SIC Code"), 20)
             << picklist(QStringLiteral("Ownership"), QStringLiteral("Ownership"),
                         {QStringLiteral("Public"), QStringLiteral("Private"), QStringLiteral("Subsidiary"),
                          QStringLiteral("Other")})
             << picklist(QStringLiteral("Rating"), QStringLiteral("Account Rating"), ratings)
             << text(QStringLiteral("Description"), QStringLiteral("Account Description"), 32000, FieldType::TextArea);
    o.childRelationships << ChildRelationship {QStringLiteral("Account"), QStringLiteral("ParentId"),
                                               QStringLiteral("ChildAccounts"), false}
                         << ChildRelationship {QStringLiteral("Contact"), QStringLiteral("AccountId"),
                                               QStringLiteral("Contacts"), true}
                         << ChildRelationship {QStringLiteral("Opportunity"), QStringLiteral("AccountId"),
                                               QStringLiteral("Opportunities"), true};
    return o;
}

ObjectDef contact()
{
    ObjectDef o = makeObject(QStringLiteral("Contact"), QStringLiteral("Contact"), QStringLiteral("Contacts"),
                             QStringLiteral("003"));
    o.fields = systemFields(true);
    o.fields << reference(QStringLiteral("AccountId"), QStringLiteral("Account ID"), {QStringLiteral("Account")},
                          QStringLiteral("Account"))
             << text(QStringLiteral("FirstName"), QStringLiteral("First Name"), 40)
             << required(text(QStringLiteral("LastName"), QStringLiteral("Last Name"), 80))
             << readOnly(text(QStringLiteral("Name"), QStringLiteral("Full Name"), 121))
             << picklist(QStringLiteral("Salutation"), QStringLiteral("Salutation"), salutations)
             << text(QStringLiteral("Title"), QStringLiteral("Title"), 128)
             << text(QStringLiteral("Department"), QStringLiteral("Department"), 80)
             << text(QStringLiteral("Email"), QStringLiteral("Email"), 80, FieldType::Email)
             << text(QStringLiteral("Phone"), QStringLiteral("Business Phone"), 40, FieldType::Phone)
             << text(QStringLiteral("MobilePhone"), QStringLiteral("Mobile Phone"), 40, FieldType::Phone)
             << picklist(QStringLiteral("LeadSource"), QStringLiteral("Lead Source"), leadSources)
             << simple(QStringLiteral("Birthdate"), QStringLiteral("Birthdate"), FieldType::Date)
             << text(QStringLiteral("Description"), QStringLiteral("Contact Description"), 32000, FieldType::TextArea);
    addAddress(o.fields, QStringLiteral("Mailing"), QStringLiteral("Mailing"));
    o.childRelationships << ChildRelationship {QStringLiteral("OpportunityContactRole"), QStringLiteral("ContactId"),
                                               QStringLiteral("OpportunityContactRoles"), true};
    return o;
}

ObjectDef opportunity()
{
    ObjectDef o = makeObject(QStringLiteral("Opportunity"), QStringLiteral("Opportunity"),
                             QStringLiteral("Opportunities"), QStringLiteral("006"));
    o.fields = systemFields(true);
    QStringList stages;
    for (const StageInfo &s : standardStages())
        stages << s.apiName;
    FieldDef stage = required(picklist(QStringLiteral("StageName"), QStringLiteral("Stage"), stages));
    stage.restrictedPicklist = true;
    FieldDef forecast = picklist(QStringLiteral("ForecastCategoryName"), QStringLiteral("Forecast Category"),
                                 {QStringLiteral("Omitted"), QStringLiteral("Pipeline"), QStringLiteral("Best Case"),
                                  QStringLiteral("Commit"), QStringLiteral("Closed")});
    forecast.restrictedPicklist = true;
    forecast.defaulted = true;
    FieldDef probability
        = number(QStringLiteral("Probability"), QStringLiteral("Probability (%)"), FieldType::Percent, 3, 0);
    probability.defaulted = true;
    o.fields << reference(QStringLiteral("AccountId"), QStringLiteral("Account ID"), {QStringLiteral("Account")},
                          QStringLiteral("Account"))
             << required(text(QStringLiteral("Name"), QStringLiteral("Name"), 120))
             << text(QStringLiteral("Description"), QStringLiteral("Description"), 32000, FieldType::TextArea) << stage
             << number(QStringLiteral("Amount"), QStringLiteral("Amount"), FieldType::Currency, 18, 2) << probability
             << readOnly(number(QStringLiteral("ExpectedRevenue"), QStringLiteral("Expected Amount"),
                                FieldType::Currency, 18, 2))
             << required(simple(QStringLiteral("CloseDate"), QStringLiteral("Close Date"), FieldType::Date))
             << picklist(QStringLiteral("Type"), QStringLiteral("Opportunity Type"),
                         {QStringLiteral("Existing Customer - Upgrade"),
                          QStringLiteral("Existing Customer - Replacement"),
                          QStringLiteral("Existing Customer - Downgrade"), QStringLiteral("New Customer")})
             << text(QStringLiteral("NextStep"), QStringLiteral("Next Step"), 255)
             << picklist(QStringLiteral("LeadSource"), QStringLiteral("Lead Source"), leadSources)
             << systemField(boolean(QStringLiteral("IsClosed"), QStringLiteral("Closed")))
             << systemField(boolean(QStringLiteral("IsWon"), QStringLiteral("Won"))) << forecast
             << readOnly(picklist(QStringLiteral("ForecastCategory"), QStringLiteral("Forecast Category"),
                                  {QStringLiteral("Omitted"), QStringLiteral("Pipeline"), QStringLiteral("BestCase"),
                                   QStringLiteral("Forecast"), QStringLiteral("Closed")}))
             << readOnly(number(QStringLiteral("FiscalYear"), QStringLiteral("Fiscal Year"), FieldType::Int, 4, 0))
             << readOnly(
                    number(QStringLiteral("FiscalQuarter"), QStringLiteral("Fiscal Quarter"), FieldType::Int, 1, 0))
             << systemField(boolean(QStringLiteral("HasOpportunityLineItem"), QStringLiteral("Has Line Item")));
    o.childRelationships << ChildRelationship {QStringLiteral("OpportunityContactRole"),
                                               QStringLiteral("OpportunityId"),
                                               QStringLiteral("OpportunityContactRoles"), true};
    return o;
}

ObjectDef opportunityContactRole()
{
    ObjectDef o = makeObject(QStringLiteral("OpportunityContactRole"), QStringLiteral("Opportunity Contact Role"),
                             QStringLiteral("Opportunity Contact Role"), QStringLiteral("00K"));
    o.fields = systemFields(false);
    FieldDef opp = required(reference(QStringLiteral("OpportunityId"), QStringLiteral("Opportunity ID"),
                                      {QStringLiteral("Opportunity")}, QStringLiteral("Opportunity")));
    opp.updateable = false;
    o.fields << opp
             << required(reference(QStringLiteral("ContactId"), QStringLiteral("Contact ID"),
                                   {QStringLiteral("Contact")}, QStringLiteral("Contact")))
             << picklist(QStringLiteral("Role"), QStringLiteral("Role"),
                         {QStringLiteral("Business User"), QStringLiteral("Decision Maker"),
                          QStringLiteral("Economic Buyer"), QStringLiteral("Economic Decision Maker"),
                          QStringLiteral("Evaluator"), QStringLiteral("Executive Sponsor"),
                          QStringLiteral("Influencer"), QStringLiteral("Technical Buyer"), QStringLiteral("Other")})
             << boolean(QStringLiteral("IsPrimary"), QStringLiteral("Primary"));
    return o;
}

ObjectDef user()
{
    ObjectDef o
        = makeObject(QStringLiteral("User"), QStringLiteral("User"), QStringLiteral("Users"), QStringLiteral("005"));
    o.deletable = false;
    o.fields = systemFields(false);
    FieldDef username = required(text(QStringLiteral("Username"), QStringLiteral("Username"), 80));
    username.unique = true;
    FieldDef nickname = text(QStringLiteral("CommunityNickname"), QStringLiteral("Nickname"), 40);
    nickname.defaulted = true;
    o.fields
        << username << required(text(QStringLiteral("Email"), QStringLiteral("Email"), 128, FieldType::Email))
        << text(QStringLiteral("FirstName"), QStringLiteral("First Name"), 40)
        << required(text(QStringLiteral("LastName"), QStringLiteral("Last Name"), 80))
        << readOnly(text(QStringLiteral("Name"), QStringLiteral("Full Name"), 121))
        << required(text(QStringLiteral("Alias"), QStringLiteral("Alias"), 8)) << nickname
        << text(QStringLiteral("Title"), QStringLiteral("Title"), 80)
        << text(QStringLiteral("Department"), QStringLiteral("Department"), 80)
        << text(QStringLiteral("CompanyName"), QStringLiteral("Company Name"), 80)
        << text(QStringLiteral("Phone"), QStringLiteral("Phone"), 40, FieldType::Phone)
        << boolean(QStringLiteral("IsActive"), QStringLiteral("Active"))
        << required(reference(QStringLiteral("ProfileId"), QStringLiteral("Profile ID"), {QStringLiteral("Profile")},
                              QStringLiteral("Profile")))
        << reference(QStringLiteral("UserRoleId"), QStringLiteral("Role ID"), {QStringLiteral("UserRole")},
                     QStringLiteral("UserRole"))
        << reference(QStringLiteral("ManagerId"), QStringLiteral("Manager ID"), {QStringLiteral("User")},
                     QStringLiteral("Manager"))
        << readOnly(picklist(QStringLiteral("UserType"), QStringLiteral("User Type"), {QStringLiteral("Standard")},
                             QStringLiteral("Standard")))
        << required(text(QStringLiteral("TimeZoneSidKey"), QStringLiteral("Time Zone"), 40, FieldType::Picklist))
        << required(text(QStringLiteral("LocaleSidKey"), QStringLiteral("Locale"), 40, FieldType::Picklist))
        << required(text(QStringLiteral("EmailEncodingKey"), QStringLiteral("Email Encoding"), 40, FieldType::Picklist))
        << required(text(QStringLiteral("LanguageLocaleKey"), QStringLiteral("Language"), 40, FieldType::Picklist));
    return o;
}

ObjectDef organization()
{
    ObjectDef o = makeObject(QStringLiteral("Organization"), QStringLiteral("Organization"),
                             QStringLiteral("Organizations"), QStringLiteral("00D"));
    o.createable = false;
    o.updateable = false;
    o.deletable = false;
    o.fields = systemFields(false);
    o.fields << readOnly(text(QStringLiteral("Name"), QStringLiteral("Name"), 80))
             << readOnly(text(QStringLiteral("Division"), QStringLiteral("Division"), 80))
             << readOnly(text(QStringLiteral("Street"), QStringLiteral("Street"), 255, FieldType::TextArea))
             << readOnly(text(QStringLiteral("City"), QStringLiteral("City"), 40))
             << readOnly(text(QStringLiteral("Country"), QStringLiteral("Country"), 80))
             << readOnly(text(QStringLiteral("Phone"), QStringLiteral("Phone"), 40, FieldType::Phone))
             << readOnly(picklist(QStringLiteral("OrganizationType"), QStringLiteral("Edition"),
                                  {QStringLiteral("Developer Edition"), QStringLiteral("Enterprise Edition"),
                                   QStringLiteral("Unlimited Edition"), QStringLiteral("Professional Edition"),
                                   QStringLiteral("Team Edition"), QStringLiteral("Personal Edition"),
                                   QStringLiteral("Contact Manager Edition"), QStringLiteral("Base Edition")}))
             << readOnly(boolean(QStringLiteral("IsSandbox"), QStringLiteral("Is Sandbox")))
             << readOnly(text(QStringLiteral("InstanceName"), QStringLiteral("Instance Name"), 5))
             << readOnly(simple(QStringLiteral("TrialExpirationDate"), QStringLiteral("Trial Expiration Date"),
                                FieldType::DateTime))
             << readOnly(text(QStringLiteral("NamespacePrefix"), QStringLiteral("Namespace Prefix"), 15))
             << readOnly(text(QStringLiteral("DefaultLocaleSidKey"), QStringLiteral("Locale"), 40, FieldType::Picklist))
             << readOnly(text(QStringLiteral("LanguageLocaleKey"), QStringLiteral("Language"), 40, FieldType::Picklist))
             << readOnly(text(QStringLiteral("TimeZoneSidKey"), QStringLiteral("Time Zone"), 40, FieldType::Picklist))
             << readOnly(number(QStringLiteral("FiscalYearStartMonth"), QStringLiteral("Fiscal Year Starts In"),
                                FieldType::Int, 2, 0));
    return o;
}

ObjectDef opportunityStage()
{
    ObjectDef o = makeObject(QStringLiteral("OpportunityStage"), QStringLiteral("Opportunity Stage"),
                             QStringLiteral("Opportunity Stage"), QStringLiteral("01J"));
    o.createable = o.updateable = o.deletable = false;
    o.fields = systemFields(false);
    o.fields << readOnly(text(QStringLiteral("ApiName"), QStringLiteral("Api Name"), 255))
             << readOnly(text(QStringLiteral("MasterLabel"), QStringLiteral("Master Label"), 255))
             << readOnly(boolean(QStringLiteral("IsActive"), QStringLiteral("Is Active")))
             << readOnly(boolean(QStringLiteral("IsClosed"), QStringLiteral("Closed")))
             << readOnly(boolean(QStringLiteral("IsWon"), QStringLiteral("Won")))
             << readOnly(number(QStringLiteral("DefaultProbability"), QStringLiteral("Probability (%)"),
                                FieldType::Percent, 3, 0))
             << readOnly(picklist(QStringLiteral("ForecastCategory"), QStringLiteral("Forecast Category"),
                                  {QStringLiteral("Omitted"), QStringLiteral("Pipeline"), QStringLiteral("BestCase"),
                                   QStringLiteral("Forecast"), QStringLiteral("Closed")}))
             << readOnly(text(QStringLiteral("ForecastCategoryName"), QStringLiteral("Forecast Category Name"), 255,
                              FieldType::Picklist))
             << readOnly(number(QStringLiteral("SortOrder"), QStringLiteral("Sort Order"), FieldType::Int, 9, 0))
             << readOnly(text(QStringLiteral("Description"), QStringLiteral("Description"), 255));
    return o;
}

ObjectDef leadStatus()
{
    ObjectDef o = makeObject(QStringLiteral("LeadStatus"), QStringLiteral("Lead Status Value"),
                             QStringLiteral("Lead Status Value"), QStringLiteral("01J"));
    o.createable = o.updateable = o.deletable = false;
    o.fields = systemFields(false);
    o.fields << readOnly(text(QStringLiteral("ApiName"), QStringLiteral("Api Name"), 255))
             << readOnly(text(QStringLiteral("MasterLabel"), QStringLiteral("Master Label"), 255))
             << readOnly(boolean(QStringLiteral("IsDefault"), QStringLiteral("Is Default")))
             << readOnly(boolean(QStringLiteral("IsConverted"), QStringLiteral("Is Converted")))
             << readOnly(number(QStringLiteral("SortOrder"), QStringLiteral("Sort Order"), FieldType::Int, 9, 0));
    return o;
}

} // namespace

Schema::Schema()
{
    m_objects << account() << contact() << lead() << opportunity() << opportunityContactRole() << opportunityStage()
              << leadStatus() << organization() << user();
}

const Schema &Schema::standard()
{
    static const Schema schema;
    return schema;
}

const ObjectDef *Schema::object(QStringView name) const
{
    for (const ObjectDef &o : m_objects) {
        if (o.name.compare(name, Qt::CaseInsensitive) == 0)
            return &o;
    }
    return nullptr;
}

bool Schema::addOrReplaceField(QStringView object, const FieldDef &field)
{
    for (ObjectDef &o : m_objects) {
        if (o.name.compare(object, Qt::CaseInsensitive) != 0)
            continue;
        for (FieldDef &f : o.fields) {
            if (f.name.compare(field.name, Qt::CaseInsensitive) == 0) {
                f = field;
                return true;
            }
        }
        o.fields.append(field);
        return true;
    }
    return false;
}

const ObjectDef *Schema::objectByKeyPrefix(QStringView prefix) const
{
    for (const ObjectDef &o : m_objects) {
        if (o.keyPrefix == prefix)
            return &o;
    }
    return nullptr;
}

const QList<StageInfo> &standardStages()
{
    static const QList<StageInfo> stages {
        {QStringLiteral("Prospecting"), 10, false, false, QStringLiteral("Pipeline"), QStringLiteral("Pipeline")},
        {QStringLiteral("Qualification"), 10, false, false, QStringLiteral("Pipeline"), QStringLiteral("Pipeline")},
        {QStringLiteral("Needs Analysis"), 20, false, false, QStringLiteral("Pipeline"), QStringLiteral("Pipeline")},
        {QStringLiteral("Value Proposition"), 50, false, false, QStringLiteral("Pipeline"), QStringLiteral("Pipeline")},
        {QStringLiteral("Id. Decision Makers"), 60, false, false, QStringLiteral("Pipeline"),
         QStringLiteral("Pipeline")},
        {QStringLiteral("Perception Analysis"), 70, false, false, QStringLiteral("Pipeline"),
         QStringLiteral("Pipeline")},
        {QStringLiteral("Proposal/Price Quote"), 75, false, false, QStringLiteral("Pipeline"),
         QStringLiteral("Pipeline")},
        {QStringLiteral("Negotiation/Review"), 90, false, false, QStringLiteral("Pipeline"),
         QStringLiteral("Pipeline")},
        {QStringLiteral("Closed Won"), 100, true, true, QStringLiteral("Closed"), QStringLiteral("Closed")},
        {QStringLiteral("Closed Lost"), 0, true, false, QStringLiteral("Omitted"), QStringLiteral("Omitted")},
    };
    return stages;
}

const StageInfo *stageInfo(QStringView stageName)
{
    for (const StageInfo &s : standardStages()) {
        if (s.apiName.compare(stageName, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace hilal::emulator
