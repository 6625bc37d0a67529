#pragma once

// Valid SOQL, one statement per entry: the examples of the SOQL reference (every clause, every
// literal kind, every function) plus the shapes people write. Shared by tst_parser (must
// parse), tst_formatter (must round-trip), the bench and the fuzz seed corpus.

namespace hilal::soql::testing {

inline constexpr const char *kValidQueries[] = {
    // Field lists, paths, custom names
    "SELECT Id FROM Account",
    "select id from account",
    "SeLeCt Id, Name FrOm Account",
    "SELECT Id, Name, Industry, AnnualRevenue FROM Account",
    "SELECT Account.Owner.Name FROM Contact",
    "SELECT Name, Account.Name, Account.Owner.Manager.Name FROM Contact",
    "SELECT Id, Parent__r.Name, ns__Field__c FROM ns__Obj__c",
    "SELECT Id, Name FROM Group",
    "SELECT Id, OrderNumber FROM Order",
    "SELECT Id, Update_Reason__c, Delete_Flag__c FROM Case",
    "SELECT Id\nFROM Account\nWHERE Name = 'Acme'",
    "  SELECT\tId\r\nFROM\fAccount  ",
    // Aggregates and aliases
    "SELECT COUNT() FROM Account",
    "SELECT COUNT() FROM Contact WHERE Account.Name = 'Acme' LIMIT 10",
    "SELECT COUNT(Id) FROM Account",
    "SELECT COUNT(Id) cnt FROM Account",
    "SELECT COUNT_DISTINCT(Company) FROM Lead",
    "SELECT SUM(Amount), AVG(Amount), MIN(Amount), MAX(Amount) FROM Opportunity",
    "SELECT StageName, SUM(Amount) total FROM Opportunity GROUP BY StageName",
    "SELECT LeadSource, COUNT(Name) FROM Lead GROUP BY LeadSource",
    "SELECT LeadSource ls, COUNT(Id) n FROM Lead GROUP BY LeadSource",
    "SELECT Name, MAX(Amount) FROM Opportunity GROUP BY Name HAVING MAX(Amount) > 10000",
    "SELECT LeadSource, COUNT(Name) FROM Lead GROUP BY LeadSource HAVING COUNT(Name) > 100 AND LeadSource > 'Phone'",
    "SELECT LeadSource, COUNT(Name) cnt FROM Lead GROUP BY ROLLUP(LeadSource)",
    "SELECT Status, LeadSource, COUNT(Name) cnt FROM Lead GROUP BY ROLLUP(Status, LeadSource)",
    "SELECT Type, BillingCountry, GROUPING(Type) grpType, GROUPING(BillingCountry) grpCty, COUNT(Id) accts FROM "
    "Account GROUP BY CUBE(Type, BillingCountry) ORDER BY GROUPING(Type), GROUPING(BillingCountry)",
    "SELECT LeadSource, COUNT(Id) FROM Lead GROUP BY LeadSource ORDER BY COUNT(Id) DESC",
    // Date functions
    "SELECT CALENDAR_YEAR(CreatedDate), SUM(Amount) FROM Opportunity GROUP BY CALENDAR_YEAR(CreatedDate)",
    "SELECT CALENDAR_MONTH(CloseDate), CALENDAR_QUARTER(CloseDate), COUNT(Id) FROM Opportunity GROUP BY "
    "CALENDAR_MONTH(CloseDate), CALENDAR_QUARTER(CloseDate)",
    "SELECT DAY_IN_MONTH(CloseDate) d, DAY_IN_WEEK(CloseDate) w, DAY_IN_YEAR(CloseDate) y, COUNT(Id) FROM Opportunity "
    "GROUP BY DAY_IN_MONTH(CloseDate), DAY_IN_WEEK(CloseDate), DAY_IN_YEAR(CloseDate)",
    "SELECT DAY_ONLY(CreatedDate) day, COUNT(Id) FROM Task GROUP BY DAY_ONLY(CreatedDate)",
    "SELECT FISCAL_MONTH(CloseDate), FISCAL_QUARTER(CloseDate), FISCAL_YEAR(CloseDate), COUNT(Id) FROM Opportunity "
    "GROUP BY FISCAL_MONTH(CloseDate), FISCAL_QUARTER(CloseDate), FISCAL_YEAR(CloseDate)",
    "SELECT HOUR_IN_DAY(convertTimezone(CreatedDate)), SUM(Amount) FROM Opportunity GROUP BY "
    "HOUR_IN_DAY(convertTimezone(CreatedDate))",
    "SELECT WEEK_IN_MONTH(CreatedDate), WEEK_IN_YEAR(CreatedDate), COUNT(Id) FROM Account GROUP BY "
    "WEEK_IN_MONTH(CreatedDate), WEEK_IN_YEAR(CreatedDate)",
    "SELECT Id FROM Opportunity WHERE CALENDAR_YEAR(CloseDate) = 2025",
    "SELECT Id FROM Task WHERE HOUR_IN_DAY(convertTimezone(CreatedDate)) > 17",
    // Other functions
    "SELECT Company, toLabel(Status) FROM Lead WHERE toLabel(Status) = 'le Draft'",
    "SELECT Id, convertCurrency(Amount) FROM Opportunity",
    "SELECT Id, convertCurrency(AnnualRevenue) rev FROM Account",
    "SELECT FORMAT(Amount) amt FROM Opportunity",
    "SELECT FORMAT(convertCurrency(Amount)) converted FROM Opportunity",
    "SELECT FORMAT(MIN(CloseDate)) Amt FROM Opportunity",
    "SELECT Name, Location__c FROM Warehouse__c WHERE DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), 'mi') < 20",
    "SELECT Name FROM Warehouse__c WHERE DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), 'km') < 20 ORDER BY "
    "DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), 'km') LIMIT 10",
    "SELECT FIELDS(ALL) FROM Account LIMIT 200",
    "SELECT FIELDS(STANDARD) FROM Account",
    "SELECT FIELDS(CUSTOM) FROM Account LIMIT 200",
    "SELECT Id, FIELDS(STANDARD) FROM Contact",
    // Subqueries, TYPEOF
    "SELECT Name, (SELECT LastName FROM Contacts) FROM Account",
    "SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName LIMIT 5) FROM Account",
    "SELECT Id, (SELECT Id FROM Opportunities WHERE IsWon = true LIMIT 10), (SELECT Id FROM Cases LIMIT 3) FROM "
    "Account LIMIT 20",
    "SELECT Name, (SELECT Name, (SELECT Id FROM OpportunityLineItems LIMIT 5) FROM Opportunities LIMIT 5) FROM Account "
    "LIMIT 5",
    "SELECT Id, (SELECT Id FROM Children__r) FROM Parent__c",
    "SELECT a.Name, (SELECT c.LastName FROM a.Contacts c) FROM Account a",
    "SELECT TYPEOF What WHEN Account THEN Phone, NumberOfEmployees WHEN Opportunity THEN Amount, CloseDate ELSE Name, "
    "Email END FROM Event",
    "SELECT Id, TYPEOF Owner WHEN User THEN Username WHEN Group THEN Name END FROM Case",
    "SELECT TYPEOF Who WHEN Contact THEN Account.Name END, Subject FROM Task",
    // Semi- and anti-joins
    "SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity WHERE IsWon = true)",
    "SELECT Id FROM Account WHERE Id NOT IN (SELECT AccountId FROM Opportunity WHERE IsClosed = false)",
    "SELECT Id, Name FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE LastName LIKE 'apple%') AND Id IN "
    "(SELECT AccountId FROM Opportunity WHERE IsClosed = false)",
    "SELECT Id FROM Opportunity WHERE AccountId NOT IN (SELECT AccountId FROM Contact WHERE Email = null)",
    // WHERE: operators and logic
    "SELECT Id FROM Account WHERE Name = 'Acme'",
    "SELECT Id FROM Account WHERE Name != 'Acme'",
    "SELECT Id FROM Account WHERE Name <> 'Acme'",
    "SELECT Id FROM Account WHERE NumberOfEmployees < 10",
    "SELECT Id FROM Account WHERE NumberOfEmployees <= 10",
    "SELECT Id FROM Account WHERE NumberOfEmployees > 10",
    "SELECT Id FROM Account WHERE NumberOfEmployees >= 10",
    "SELECT Id FROM Account WHERE Name LIKE 'Acme%'",
    "SELECT Id FROM Account WHERE Name LIKE '_cme'",
    "SELECT Id FROM Account WHERE Name LIKE '50\\% off\\_sale%'",
    "SELECT Id FROM Account WHERE Name LIKE 'back\\\\slash%'",
    "SELECT Id FROM Account WHERE Industry IN ('Banking', 'Energy')",
    "SELECT Id FROM Account WHERE Industry NOT IN ('Banking', 'Energy')",
    "SELECT Id FROM Account WHERE NumberOfEmployees IN (10, 20, 30)",
    "SELECT Id, MSP1__c FROM CustObj__c WHERE MSP1__c INCLUDES ('AAA;BBB', 'CCC')",
    "SELECT Id FROM CustObj__c WHERE MSP1__c EXCLUDES ('AAA')",
    "SELECT Id FROM Account WHERE Name = 'a' AND Industry = 'b' AND Type = 'c'",
    "SELECT Id FROM Account WHERE Name = 'a' OR Industry = 'b' OR Type = 'c'",
    "SELECT Id FROM Account WHERE (Name = 'a' AND Industry = 'b') OR Type = 'c'",
    "SELECT Id FROM Account WHERE Name = 'a' AND (Industry = 'b' OR Type = 'c')",
    "SELECT Id FROM Account WHERE ((Name = 'a' AND Industry = 'b') OR (Type = 'c' AND Site = 'd')) AND Phone != null",
    "SELECT Id FROM Account WHERE NOT Name = 'Acme'",
    "SELECT Id FROM Account WHERE NOT Name LIKE 'Test%'",
    "SELECT Id FROM Account WHERE NOT (Name = 'a' OR Name = 'b')",
    "SELECT Id FROM Account WHERE NOT Name = 'a' AND NOT Name = 'b'",
    "SELECT Id FROM Account WHERE (((Name = 'deep')))",
    "SELECT Id FROM Account WHERE Account.Owner.Name = 'Jane'",
    // Literals
    "SELECT Id FROM Account WHERE Name = 'O\\'Brien'",
    "SELECT Id FROM Account WHERE Description = 'line1\\nline2\\r\\t\\b\\f\\\"quoted\\\" \\\\'",
    "SELECT Id FROM Account WHERE Description = 'upper \\N\\R\\T\\B\\F'",
    "SELECT Id FROM Account WHERE Name = 'caf\\u00e9'",
    "SELECT Id FROM Account WHERE Name = ''",
    "SELECT Id FROM Account WHERE Name = 'ünïcödé ✓'",
    "SELECT Id FROM Account WHERE Description = 'please delete me; or UPDATE, INSERT -- /* */ :bind'",
    "SELECT Id FROM Account WHERE NumberOfEmployees = 42",
    "SELECT Id FROM Account WHERE NumberOfEmployees = -7",
    "SELECT Id FROM Account WHERE NumberOfEmployees = +3",
    "SELECT Id FROM Account WHERE AnnualRevenue = 3.14",
    "SELECT Id FROM Account WHERE AnnualRevenue = -0.5",
    "SELECT Id FROM Account WHERE AnnualRevenue > .5",
    "SELECT Id FROM Account WHERE IsDeleted = true",
    "SELECT Id FROM Account WHERE IsDeleted = FALSE",
    "SELECT Id FROM Account WHERE IsDeleted = True",
    "SELECT Id FROM Account WHERE ParentId = null",
    "SELECT Id FROM Account WHERE ParentId != NULL",
    "SELECT Id FROM Opportunity WHERE CloseDate = 2025-03-31",
    "SELECT Id FROM Opportunity WHERE CloseDate > 2024-02-29",
    "SELECT Id FROM Account WHERE CreatedDate > 2025-03-31T14:05:00Z",
    "SELECT Id FROM Account WHERE CreatedDate > 2025-03-31T14:05:00+05:30",
    "SELECT Id FROM Account WHERE CreatedDate < 2025-03-31T14:05:00-08:00",
    "SELECT Id FROM Account WHERE CreatedDate < 2025-03-31T14:05:00.123Z",
    "SELECT Id FROM Opportunity WHERE Amount > USD5000",
    "SELECT Id FROM Opportunity WHERE Amount > EUR1250.50",
    "SELECT Id FROM Opportunity WHERE Amount IN (USD500, EUR600.25)",
    "SELECT Id FROM Opportunity WHERE CloseDate IN (2025-01-01, 2025-02-01)",
    "SELECT Id FROM Opportunity WHERE CloseDate = LAST_N_DAYS:0",
    "SELECT Id FROM Opportunity WHERE CloseDate = last_n_days:365",
    "SELECT Id FROM Opportunity WHERE CloseDate > TODAY AND CloseDate <= NEXT_N_DAYS:30",
    // USING SCOPE, WITH
    "SELECT Id FROM Account USING SCOPE mine",
    "SELECT Id FROM Account USING SCOPE Everything WHERE Name != null",
    "SELECT Id FROM Opportunity USING SCOPE mine_and_my_groups",
    "SELECT Id FROM Opportunity USING SCOPE mineAndMyGroups",
    "SELECT Id FROM Account USING SCOPE team",
    "SELECT Id FROM Account USING SCOPE my_territory",
    "SELECT Id FROM Account USING SCOPE my_team_territory",
    "SELECT Id FROM Account USING SCOPE delegated",
    "SELECT Id FROM Account USING SCOPE allPrivate",
    "SELECT Id FROM Account USING SCOPE scopingRule",
    "SELECT Id FROM Account USING SCOPE mru",
    "SELECT Id FROM Account WITH SECURITY_ENFORCED",
    "SELECT Id FROM Account WHERE Name = 'x' WITH USER_MODE",
    "SELECT Id FROM Account WITH SYSTEM_MODE",
    "SELECT Title FROM KnowledgeArticleVersion WHERE PublishStatus = 'online' WITH DATA CATEGORY Geography__c ABOVE "
    "usa__c",
    "SELECT Title FROM Question WHERE LastReplyDate > 2005-10-08T01:02:03Z WITH DATA CATEGORY Geography__c AT (usa__c, "
    "uk__c)",
    "SELECT UrlName FROM KnowledgeArticleVersion WHERE PublishStatus = 'draft' WITH DATA CATEGORY Geography__c AT "
    "usa__c AND Product__c ABOVE_OR_BELOW mobile_phones__c",
    "SELECT Title FROM Question WITH DATA CATEGORY Product__c BELOW all__c WITH SECURITY_ENFORCED",
    // ORDER BY, LIMIT, OFFSET
    "SELECT Name FROM Account ORDER BY Name",
    "SELECT Name FROM Account ORDER BY Name ASC",
    "SELECT Name FROM Account ORDER BY Name DESC NULLS LAST",
    "SELECT Name FROM Account ORDER BY Name ASC NULLS FIRST, Industry DESC, CreatedDate",
    "SELECT Name FROM Account ORDER BY Name NULLS LAST",
    "SELECT Name FROM Account ORDER BY Owner.Name",
    "SELECT Name FROM Account LIMIT 0",
    "SELECT Name FROM Account ORDER BY Name LIMIT 100 OFFSET 20",
    "SELECT Name FROM Account OFFSET 2000",
    "SELECT Name FROM Account ORDER BY\n  Name\n  DESC\nLIMIT 5",
    "SELECT Name FROM Account ORDER\tBY Name",
    // FOR / UPDATE clauses (parse; the guard refuses them)
    "SELECT Id FROM Account LIMIT 1 FOR VIEW",
    "SELECT Id FROM Account LIMIT 1 FOR REFERENCE",
    "SELECT Id FROM Account LIMIT 1 FOR UPDATE",
    "SELECT Title FROM FAQ__kav WHERE Keyword = 'Apex' UPDATE TRACKING",
    "SELECT Title FROM FAQ__kav UPDATE VIEWSTAT",
    "SELECT Id FROM Account FOR VIEW UPDATE TRACKING",
    // Legacy FROM aliases
    "SELECT c.Name, a.Name FROM Contact c, c.Account a",
    "SELECT a.Id FROM Account a WHERE a.Name = 'x'",
    // Everything at once
    "SELECT Id, Name, Account.Name, (SELECT Id FROM Tasks LIMIT 1) FROM Contact c USING SCOPE everything WHERE Name "
    "LIKE 'A%' AND Email != null WITH SECURITY_ENFORCED ORDER BY Name DESC NULLS LAST LIMIT 50 OFFSET 10",
};

} // namespace hilal::soql::testing
