using Beian.Ports;

namespace Beian.Bureau.Registries;

/// <summary>The simulated camera behind the provider's port, for the console's sandbox face check.</summary>
public sealed class SandboxCamera : ISandboxCamera
{
    public byte[] Face(string number, bool goodLight) => SimulatedCamera.Face(number, goodLight);
}
