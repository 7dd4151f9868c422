using Beian.Lifecycles;

namespace Beian.Tests.Lifecycles;

public class TransitionTableTests
{
    private enum Light { Red, Green, Yellow }

    private enum Signal { Go, Slow, Stop }

    private sealed record Row(IReadOnlyList<Light> From, Signal Action, Light To) : ITransition<Light, Signal>;

    [Fact]
    public void ATable_AnswersEachStateAndActionFromItsRows_AndNothingElse()
    {
        var table = new TransitionTable<Light, Signal, Row>([new([Light.Red], Signal.Go, Light.Green), new([Light.Green, Light.Yellow], Signal.Stop, Light.Red)]);
        Assert.Equal(Light.Green, table.Next(Light.Red, Signal.Go));
        Assert.Equal(Light.Red, table.Next(Light.Yellow, Signal.Stop));
        Assert.Same(table.All[1], table.Find(Light.Green, Signal.Stop));
        Assert.Null(table.Next(Light.Red, Signal.Slow));
        Assert.Null(table.Find(Light.Green, Signal.Go));
    }

    [Fact]
    public void TwoRowsForTheSameStateAndAction_AreRefusedWhenTheTableIsBuilt() =>
        Assert.Throws<ArgumentException>(() => new TransitionTable<Light, Signal, Row>([new([Light.Red], Signal.Go, Light.Green), new([Light.Red, Light.Yellow], Signal.Go, Light.Yellow)]));
}
