// The floor for the player benchmark: the least an SFML program can do to show a line of text
// and then wait for events, exactly as the player does.
#include <SFML/Graphics.hpp>
#include <chrono>
#include <cstdlib>
#include <iostream>

int main()
{
    sf::RenderWindow window(sf::VideoMode(1100, 760), "Floor");
    sf::Font font;
    if (!font.loadFromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        return 1;
    const sf::Text text(sf::String::fromUtf8(std::string("Hej! Välkommen på jobbet.").begin(),
                                             std::string("Hej! Välkommen på jobbet.").end()),
                        font, 22);
    auto draw = [&]
    {
        window.clear(sf::Color(246, 244, 239));
        window.draw(text);
        window.display();
    };
    draw();
    if (std::getenv("KOMPIS_BENCH_FIRST_FRAME")) // as the player reports it
        std::cout << "kompis-bench first-frame "
                  << std::chrono::duration<double, std::milli>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count()
                  << std::endl;
    sf::Event event;
    while (window.waitEvent(event))
    {
        if (event.type == sf::Event::Closed)
            break;
        draw();
    }
    return 0;
}
