#pragma once

#include <QString>
#include <QVariantList>

#include <optional>

class QSqlDriver;

// A statement with its positional (?) parameters written into the text as literals, by
// the driver's own quoting (QSqlDriver::formatValue, which QPSQL also uses to send the
// values of a prepared statement). On a database server a one-off statement then costs
// one round trip instead of three (PREPARE, EXECUTE, DEALLOCATE).
// A ? inside a quoted literal, a quoted identifier or a comment is not a parameter.
// As Database binds them: a null QString is '', a bool is 0 or 1.
// nullopt when the number of ? differs from the number of values.
class InlineParameters
{
public:
    static std::optional<QString> apply(const QString& sql, const QVariantList& values,
                                        const QSqlDriver& driver);
};
