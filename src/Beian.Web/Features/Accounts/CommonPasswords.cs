using System.Text;
using Beian.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// Refuses passwords that pass the composition rules only by dressing up a common word (<c>Password1!</c>,
/// <c>P@ssw0rd</c>, <c>Qwerty123!</c>) or that have no word at all (<c>Aa1!Aa1!</c> aside, <c>!@#123QWE</c>).
/// The words are data (<c>common-passwords.txt</c>).
/// </summary>
public sealed class CommonPasswords : IPasswordValidator<PlatformUser>
{
    public const string Code = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> Words = new(Load);

    private static readonly string[] KeyboardRuns = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "0987654321", "qazwsxedcrfv", "abcdefghijklmnopqrstuvwxyz"];

    public Task<IdentityResult> ValidateAsync(UserManager<PlatformUser> manager, PlatformUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password, user?.Email)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "The password is too common." })
            : IdentityResult.Success);

    /// <summary>Whether the password is a common word in disguise, only a keyboard run, or the account's own e-mail name.</summary>
    public static bool IsCommon(string password, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        var core = Core(password);
        if (core.Length == 0 || Words.Value.Contains(core) || KeyboardRuns.Any(run => run.Contains(core, StringComparison.Ordinal)))
        {
            return true;
        }

        var local = email?.Split('@')[0].ToLowerInvariant();
        return !string.IsNullOrEmpty(local) && core == Core(local);
    }

    /// <summary>Lower-cased, substitutions undone, leading and trailing digits and symbols removed.</summary>
    private static string Core(string password)
    {
        var text = new StringBuilder(password.Length);
        foreach (var c in password.ToLowerInvariant())
        {
            text.Append(c switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' or '|' => 'l',
                '3' => 'e',
                '5' or '$' => 's',
                '7' => 't',
                _ => c,
            });
        }

        // Digits stood for letters only inside the word; around it they are padding: strip on the original.
        var start = 0;
        var end = password.Length;
        while (start < end && !char.IsLetter(password[start]) && !IsLeet(password[start], password, start))
        {
            start++;
        }

        while (end > start && !char.IsLetter(password[end - 1]))
        {
            end--;
        }

        return text.ToString(start, end - start);
    }

    // '@' or '4' leading a word ("@dmin") stands for a letter; a leading digit run ("123qwe") is padding.
    private static bool IsLeet(char c, string password, int at) =>
        c is '@' or '$' && at + 1 < password.Length && char.IsLetter(password[at + 1]);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Beian.Web.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }
}
