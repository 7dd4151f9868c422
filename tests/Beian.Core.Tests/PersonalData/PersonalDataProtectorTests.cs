using System.Security.Cryptography;
using Beian.PersonalData;

namespace Beian.Tests.PersonalData;

public class PersonalDataProtectorTests
{
    private static readonly byte[] IndexKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] Key1 = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] Key2 = RandomNumberGenerator.GetBytes(32);

    private static PersonalDataProtector Protector(string current) =>
        new(new PersonalDataKeys(current, new Dictionary<string, byte[]> { ["k1"] = Key1, ["k2"] = Key2 }, IndexKey));

    [Fact]
    public void Seal_HidesTheValueAndMasksIt()
    {
        var sealedText = Protector("k1").Seal("11010519491231002x", PersonalDataKind.CertificateNumber);
        Assert.DoesNotContain("11010519491231002X", sealedText.Cipher, StringComparison.Ordinal);
        Assert.Equal("110************02X", sealedText.Masked);
        Assert.Equal("11010519491231002X", Protector("k1").Unseal(sealedText));
    }

    [Fact]
    public void Index_IsTheSameForTheSameValueHoweverTyped()
    {
        var protector = Protector("k1");
        Assert.Equal(protector.IndexOf("138 0013 8000", PersonalDataKind.Phone), protector.Seal("13800138000", PersonalDataKind.Phone).Index);
        Assert.NotEqual(protector.IndexOf("13800138001", PersonalDataKind.Phone), protector.IndexOf("13800138000", PersonalDataKind.Phone));
    }

    [Fact]
    public void Reseal_MovesAValueToTheCurrentKey_AndOldValuesStillOpen()
    {
        var old = Protector("k1").Seal("13800138000", PersonalDataKind.Phone);
        var rotated = Protector("k2");
        var moved = rotated.Reseal(old);
        Assert.Equal("k2", moved.KeyId);
        Assert.Equal(old.Index, moved.Index);
        // Phones are stored in E.164, however they were typed (issue #16).
        Assert.Equal("+8613800138000", rotated.Unseal(old));
        Assert.Equal("+8613800138000", rotated.Unseal(moved));
    }

    [Theory]
    [InlineData("13800138000", "138****8000")]
    [InlineData("+8613800138000", "138****8000")]
    public void Phone_KeepsThreeAndFourDigits(string phone, string masked) => Assert.Equal(masked, Masking.Phone(phone));
}
