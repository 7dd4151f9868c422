using Beian.Identity;

namespace Beian.Tests.Identity;

public class RealPersonVerificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Captures in order and the state after the last: retries until a match, a reviewer after three failures.</summary>
    [Theory]
    [InlineData(new[] { FaceMatch.Match }, RealPersonState.Passed, 0)]
    [InlineData(new[] { FaceMatch.CapturedFaceDiffers }, RealPersonState.Failed, 1)]
    [InlineData(new[] { FaceMatch.CapturedFaceDiffers, FaceMatch.Match }, RealPersonState.Passed, 1)]
    [InlineData(new[] { FaceMatch.CapturedFaceDiffers, FaceMatch.CertificateFaceDiffers }, RealPersonState.Failed, 2)]
    [InlineData(new[] { FaceMatch.CapturedFaceDiffers, FaceMatch.CapturedFaceDiffers, FaceMatch.CapturedFaceDiffers }, RealPersonState.ManualReview, 3)]
    public void R_FACE_03_AFailedCaptureMayBeRetried_AndRepeatedFailuresGoToManualReview(FaceMatch[] captures, RealPersonState expected, int failures)
    {
        var check = new RealPersonVerification(Guid.NewGuid(), Guid.NewGuid(), "subject.principal", Now);
        foreach (var capture in captures)
        {
            Assert.Null(check.Record(capture, Now));
        }

        Assert.Equal(expected, check.State);
        Assert.Equal(failures, check.FailedAttempts);
    }

    [Fact]
    public void R_FACE_03_EachFailureSaysWhatTheDatabaseFound_AndHowToRetry()
    {
        var check = new RealPersonVerification(Guid.NewGuid(), Guid.NewGuid(), "subject.principal", Now);
        check.Record(FaceMatch.CapturedFaceDiffers, Now);
        Assert.Equal("人脸核验采集人脸与公安库不一致", check.Explanation!.Value.Message);
        Assert.Contains("光线充足", check.Explanation!.Value.Remedy, StringComparison.Ordinal);
        check.Record(FaceMatch.CertificateFaceDiffers, Now);
        Assert.Equal("证件人脸与公安库不一致", check.Explanation!.Value.Message);
    }

    [Fact]
    public void R_FACE_03_OnlyAVerificationInManualReviewIsDecidedByAReviewer_AndNoneTakesCapturesOnceClosed()
    {
        var check = new RealPersonVerification(Guid.NewGuid(), Guid.NewGuid(), "websites[0].principal", Now);
        Assert.Equal("real_person.not_in_manual_review", check.Decide(passed: true, Now)!.Code);
        for (var i = 0; i < RealPersonVerification.AttemptsBeforeManualReview; i++)
        {
            check.Record(FaceMatch.CapturedFaceDiffers, Now);
        }

        Assert.Equal("real_person.closed", check.Record(FaceMatch.Match, Now)!.Code);
        Assert.Null(check.Decide(passed: true, Now));
        Assert.Equal(RealPersonState.PassedByReviewer, check.State);
        Assert.Null(check.Explanation);
    }
}
