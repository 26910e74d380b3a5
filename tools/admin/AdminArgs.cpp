#include "AdminArgs.hpp"

#include "core/store/ProgressStore.hpp"

#include <algorithm>

namespace kompis::admin
{

bool AdminArgs::flag(const std::string& name) const
{
    return std::find(m_words.begin(), m_words.end(), name) != m_words.end();
}

std::optional<std::string> AdminArgs::option(const std::string& name)
{
    for (std::size_t i = 0; i < m_words.size(); ++i)
    {
        if (m_words[i] == name)
        {
            if (i + 1 >= m_words.size())
            {
                m_error = name + " needs a value";
                return std::nullopt;
            }
            return m_words[i + 1];
        }
        if (m_words[i].starts_with(name + "="))
            return m_words[i].substr(name.size() + 1);
    }
    return std::nullopt;
}

std::vector<std::string> AdminArgs::positional(const std::vector<std::string>& valued) const
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < m_words.size(); ++i)
    {
        const auto& w = m_words[i];
        if (std::find(valued.begin(), valued.end(), w) != valued.end())
            ++i;
        else if (!w.starts_with("--") || w == "-")
            out.push_back(w);
    }
    return out;
}

std::filesystem::path storePathFrom(AdminArgs& args)
{
    return core::store::resolveStorePath(args.option("--store").value_or(""));
}

} // namespace kompis::admin
