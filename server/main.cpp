// contest-server: the reference server of the online contest API, for tests and demos.
#include "ContestServer.h"
#include "ServerOptions.h"

#include "core/AppIdentity.h"
#include "core/Problem.h"

#include <QCoreApplication>

#include <cstdio>
#include <stdexcept>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    try {
        const ServerOptions options = ServerOptions::parse(app.arguments());
        ContestServer server(options);
        if (options.demoSite)
            server.publishDemo();
        server.generate(options.generate);
        const quint16 port = server.listen();
        // The first line of stdout: tests read the port from it.
        std::printf("listening %s:%u\n", qPrintable(options.address.toString()), unsigned(port));
        std::fflush(stdout);
        return app.exec();
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "contest-server: %s\n", e.what());
        return 1;
    } catch (const UserError& e) {
        std::fprintf(stderr, "contest-server: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "contest-server: %s\n", e.what());
        return 2;
    }
}
