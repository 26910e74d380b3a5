#include "Attack.hpp"

namespace kompis::attack
{

void graphFamily(Attack& attack);
void textFamily(Attack& attack);
void xmlFamily(Attack& attack);
void archiveFamily(Attack& attack);
void mediaFamily(Attack& attack);
void storeFamily(Attack& attack);
void terminalFamily(Attack& attack);
void secretFamily(Attack& attack);
void killFamily(Attack& attack);

std::vector<Family> families()
{
    return {
        {"graph",
         "prerequisite chains 900 and 70,000 deep, cycles, 30,000 unknown prerequisites, "
         "one lesson listed 20,000 times, many lessons naming one file",
         graphFamily},
        {"oversized-text",
         "titles of 32 KB to 4 MB, 100,000 unknown elements on one line, "
         "nesting 100,000 deep, 100,000 attributes, 8 MB lines, a 70 MB lesson",
         textFamily},
        {"xml",
         "XXE, billion laughs, quadratic blow-up, &#0;, surrogates, HTML entities, bare &, "
         "control characters, bad UTF-8, truncated and UTF-16 files",
         xmlFamily},
        {"archive",
         "path escapes, ./ and .. aliases, duplicate and overlapping entries, zip bombs "
         "by ratio and overlap, lying sizes, truncated zips, symbolic links, caps, tts "
         "through a linked media/",
         archiveFamily},
        {"media",
         "images declaring huge sizes, truncated PNG and JPEG, long, lying and "
         "undecodable clips",
         mediaFamily},
        {"store",
         "stores with bytes flipped, truncated, 40 MB and damaged, of another schema, "
         "a folder; kompis-admin and the player",
         storeFamily},
        {"terminal",
         "escape sequences in course text, file names and learner names against "
         "validate, info and kompis-admin learners",
         terminalFamily},
        {"secrets",
         "modes of store, backup, settings and export files; backup and export "
         "without the PIN; a PIN on the command line",
         secretFamily},
        {"sigkill",
         "the player killed at random moments while answering; store check, every "
         "answer shown as saved is there, the next start loses nothing",
         killFamily},
    };
}

} // namespace kompis::attack
