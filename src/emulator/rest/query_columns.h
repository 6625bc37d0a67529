#pragma once

#include "emulator/store/store_result.h"

#include <QString>

namespace hilal::emulator {

class Schema;

// The answer to `GET …/query?q=SOQL&columns=true` (docs/rest-query-columns.md): the columns of
// a query's SELECT list without running it — what the `sf` CLI asks before it prints any
// result. One entry per select item: a field; a parent path as the relationship with its
// `joinColumns` (one level per step); a child subquery as an `aggregate` entry whose
// `joinColumns` are the subquery's columns; an aggregate or date function as an `aggregate`
// entry named `exprN` (or its alias) with the function text as `displayName`. FIELDS(…) expands
// to the fields it stands for. Names come back spelled as the schema spells them.
class QueryColumns
{
public:
    // 200 with {columnMetadata, entityName, groupBy, idSelected, keyPrefix}; the query's own
    // errors (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE) otherwise.
    static StoreResult describe(const QString &soql, const Schema &schema);
};

} // namespace hilal::emulator
