# Build with the SDK, run on the ASP.NET runtime as a non-root user, the SQLite database in /data.
# No VOLUME: it would add an anonymous volume to every container; mount a named one at /data
# (docker run -v genycity-data:/data), or, as compose.yaml does, one at /data/exports.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig appsettings.json ./
COPY src/Bot.Domain/Bot.Domain.csproj src/Bot.Domain/
COPY src/Bot.Host/Bot.Host.csproj src/Bot.Host/
RUN dotnet restore src/Bot.Host/Bot.Host.csproj
COPY src/ src/
# The analyzers check the code where it is written and tested (dotnet build, .ci/run); the image needs only the compiler.
RUN dotnet publish src/Bot.Host/Bot.Host.csproj --configuration Release --no-restore --output /app -p:RunAnalyzers=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data/exports && chown -R app:app /data
# Unprefixed keys: they override appsettings.json, which binds to 127.0.0.1 for local use.
ENV Urls=http://+:8080 \
    ConnectionStrings__Bot="Data Source=/data/genycity.db"
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Bot.Host.dll"]
