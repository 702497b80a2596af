#include "sectionforms.h"

#include "ui_section1page.h"
#include "ui_section2page.h"
#include "ui_section3page.h"
#include "ui_section4page.h"
#include "ui_section5page.h"
#include "ui_section6page.h"

#include <memory>

namespace nb {

namespace {

template<class Form>
std::function<void()> setUp(QWidget *page)
{
    auto form = std::make_shared<Form>();
    form->setupUi(page);
    return [form, page] { form->retranslateUi(page); };
}

} // namespace

std::function<void()> setUpSectionForm(const QString &sectionId, QWidget *page)
{
    if (sectionId == QLatin1String("s1"))
        return setUp<Ui::Section1Page>(page);
    if (sectionId == QLatin1String("s2"))
        return setUp<Ui::Section2Page>(page);
    if (sectionId == QLatin1String("s3"))
        return setUp<Ui::Section3Page>(page);
    if (sectionId == QLatin1String("s4"))
        return setUp<Ui::Section4Page>(page);
    if (sectionId == QLatin1String("s5"))
        return setUp<Ui::Section5Page>(page);
    if (sectionId == QLatin1String("s6"))
        return setUp<Ui::Section6Page>(page);
    return {};
}

} // namespace nb
