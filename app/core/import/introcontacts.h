#pragma once

#include "report.h"

namespace nb {

// The contact details an introduction paragraph gives (“请与…办公室联系（地址：…；邮编：…；电话：…；
// 传真：…）”, the website the electronic version is on), into the fields of Agency. The name is left
// alone: the title says it better.
void readContactsFromIntro(const QString &intro, Agency *agency);

} // namespace nb
