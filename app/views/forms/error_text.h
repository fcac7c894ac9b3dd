// The words of a command's located error in the interface language. The core reports in English
// ("2024-01-05 is before the case's opening 2024-02-01"); the Danish interface shows the known message
// shapes of core/store/commands.cpp in Danish with Danish dates, and anything else as a Danish general text.
#pragma once

#include <string>

#include "core/model/result.h"

namespace overblik::app::views::forms {

// The error's words alone: "05-01-2024 ligger før sagens oprettelse 01-02-2024" in the Danish interface.
std::string error_words(const Error& error);
// "Ikke gemt: 05-01-2024 ligger før sagens oprettelse 01-02-2024" / "Not saved: 2024-01-05 is before ...".
std::string rejected_text(const Error& error);

}  // namespace overblik::app::views::forms
