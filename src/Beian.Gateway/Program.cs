namespace Beian.Gateway;

/// <summary>
/// Beian.Gateway: the slim access gate (备案阻断) for the provider's edge. It mirrors the platform's gate snapshot over
/// the gate feed, answers nginx auth_request at /gate/check, serves the block page to blocked hosts and proxies every
/// allowed request to the upstream (YARP). No database and no platform services: see docs/decisions/0009.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.AddGateway();

        var app = builder.Build();
        app.UseGateCheck();
        app.UseBlockPage();
        app.MapReverseProxy();

        app.Run();
    }
}
