#include "introcontacts.h"

#include <QRegularExpression>

namespace nb {

namespace {

QString first(const QString &text, const QString &pattern)
{
    const QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    return expression.match(text).captured(1).trimmed();
}

} // namespace

void readContactsFromIntro(const QString &intro, Agency *agency)
{
    // A field ends at the next separator the paragraph uses between fields.
    const QString end = QStringLiteral("[^；;，,。）)\\n]+");
    agency->office = first(intro, QStringLiteral("与([^，,。；;（(与]{2,30}?)联系"));
    agency->address = first(intro, QStringLiteral("(?:通讯)?地址[：:]\\s*(%1)").arg(end));
    agency->postcode = first(intro, QStringLiteral("(?:邮编|邮政编码)[：:]\\s*([0-9０-９]{6})"));
    agency->phone = first(intro, QStringLiteral("(?:联系)?电话[：:]\\s*(%1)").arg(end));
    agency->fax = first(intro, QStringLiteral("传真[：:]\\s*(%1)").arg(end));
    agency->email = first(intro, QStringLiteral("(?:电子邮箱|电子邮件|邮箱|[Ee]-?mail)[：:]\\s*([\\w.+-]+@[\\w.-]+\\w)"));
    agency->website = first(intro, QStringLiteral("(https?://[A-Za-z0-9./_%?=&:#~-]+[A-Za-z0-9/])"));
}

} // namespace nb
