using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Beian.Platform;

/// <summary>A field whose text is a document of its own (a pasted JSON fixture): longer, on several lines.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TextBoundAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;
}

/// <summary>Marks an assembly whose records are requests that <see cref="TextInput"/> bounds (a host's).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RequestTypesAttribute : Attribute;

/// <summary>
/// The bounds of typed text, whichever door it comes in by (the API or a console form): a length per kind of field
/// (the spec gives none, so these are sane bounds that no real value reaches) and no control or bidirectional-override
/// characters, which could hide or reorder what a reviewer reads. Line breaks are allowed only in free-text fields.
/// </summary>
public static class TextInput
{
    public const int NameLength = 100;
    public const int AddressLength = 200;
    public const int FreeTextLength = 1000;
    public const int DefaultLength = 200;

    /// <summary>
    /// Items in any list of a request (domains, websites, reasons): far above any real filing (a website has a few
    /// domains, an order a few websites), low enough that no request makes the rule book work for minutes.
    /// </summary>
    public const int ListLength = 100;

    /// <summary>A token the platform issued (a refresh token): opaque, but no longer than this.</summary>
    public const int TokenLength = 4096;

    /// <summary>Free-text fields: longer, and they may span lines (an app's public key pasted as PEM does).</summary>
    private static readonly HashSet<string> FreeText = new(StringComparer.OrdinalIgnoreCase)
    {
        "Remarks", "Remark", "Text", "Note", "Reason", "Items", "Cause", "Explanation", "PublicKey",
    };

    private static readonly HashSet<string> Addresses = new(StringComparer.OrdinalIgnoreCase)
    {
        "CertificateAddress", "MailingAddress", "Address",
    };

    // Where a field holds data that is not typed text (an uploaded file, a CSV body) it is not walked.
    // Read once per assembly: the walk asks about every value of every request.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Assembly, bool> RequestAssemblies = new();

    private static readonly HashSet<Type> Opaque = [typeof(IFormFile), typeof(IFormFileCollection), typeof(Stream)];

    /// <summary>The bound of a field by its name.</summary>
    public static int LengthOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = field[(field.LastIndexOf('.') + 1)..];
        name = name.Contains('[', StringComparison.Ordinal) ? name[..name.IndexOf('[', StringComparison.Ordinal)] : name;
        // A signing certificate's public key (R-APP-23) is as long as a token: an RSA-4096 key in PEM is about 800 characters.
        return name.Equals("PublicKey", StringComparison.OrdinalIgnoreCase) ? TokenLength
            : FreeText.Contains(name) ? FreeTextLength
            : name.EndsWith("Token", StringComparison.OrdinalIgnoreCase) ? TokenLength
            : Addresses.Contains(name) ? AddressLength
            : name.EndsWith("Name", StringComparison.OrdinalIgnoreCase) ? NameLength
            : DefaultLength;
    }

    /// <summary>The refusal of one value, or null when it is within bounds.</summary>
    public static ProblemHttpResult? Problem(string field, string? value, int maxLength, string? label = null, bool? multiLine = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value is null)
        {
            return null;
        }

        var what = label ?? field;
        if (value.Length > maxLength)
        {
            return Problems.Problem(StatusCodes.Status422UnprocessableEntity, "input.too_long", $"「{what}」不能超过{maxLength}个字符。", new() { ["field"] = field });
        }

        var lines = multiLine ?? FreeText.Contains(field[(field.LastIndexOf('.') + 1)..]);
        return HasHiddenCharacters(value, lines)
            ? Problems.Problem(StatusCodes.Status422UnprocessableEntity, "input.invalid_characters", $"「{what}」含有不可见的控制字符或文字方向控制符，请删除后重新输入。", new() { ["field"] = field })
            : null;
    }

    /// <summary>Walks a request (a record, its lists and nested records) and refuses the first field out of bounds.</summary>
    public static ProblemHttpResult? Check(object? request, string path = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (request)
        {
            case null:
                return null;
            case string text:
                return Problem(path, text, LengthOf(path));
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (Check(entry.Value, $"{path}[{entry.Key}]") is { } bad)
                    {
                        return bad;
                    }
                }

                return null;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                {
                    if (i == ListLength)
                    {
                        return Problems.Problem(StatusCodes.Status422UnprocessableEntity, "input.too_many", $"「{path}」最多{ListLength}项。", new() { ["field"] = path });
                    }

                    if (Check(item, $"{path}[{i++}]") is { } bad)
                    {
                        return bad;
                    }
                }

                return null;
        }

        var type = request.GetType();
        if (!IsRequestType(type))
        {
            return null;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || Opaque.Any(o => o.IsAssignableFrom(property.PropertyType)))
            {
                continue;
            }

            var name = path.Length == 0 ? Camel(property.Name) : $"{path}.{Camel(property.Name)}";
            var value = property.GetValue(request);
            var bound = property.GetCustomAttribute<TextBoundAttribute>();
            if ((bound is not null && value is string document ? Problem(name, document, bound.MaxLength, multiLine: true) : Check(value, name)) is { } bad)
            {
                return bad;
            }
        }

        return null;
    }

    /// <summary>
    /// The hosts' own request types: the records of an assembly marked <see cref="RequestTypesAttribute"/> (a request
    /// is a record; a service never is). Framework and primitive values are not walked.
    /// </summary>
    public static bool IsRequestType(Type type) =>
        type is not null && RequestAssemblies.GetOrAdd(type.Assembly, a => a.IsDefined(typeof(RequestTypesAttribute))) && type.GetMethod("<Clone>$") is not null;

    /// <summary>
    /// Characters a reader cannot see or that change how the text around them reads: controls (line breaks only in
    /// free text), format characters (bidi overrides and isolates, zero-width spaces and joiners, soft hyphens, tags),
    /// line and paragraph separators, private-use and unpaired surrogates, and the blank letters that pass for nothing
    /// (Hangul fillers, the combining grapheme joiner).
    /// </summary>
    public static bool HasHiddenCharacters(string value, bool multiLine)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            if (!System.Text.Rune.TryGetRuneAt(value, i, out var rune))
            {
                return true; // an unpaired surrogate
            }

            if (rune.IsBmp is false)
            {
                i++;
            }

            var category = System.Text.Rune.GetUnicodeCategory(rune);
            var hidden = category switch
            {
                System.Globalization.UnicodeCategory.Control => !(multiLine && rune.Value is '\n' or '\r' or '\t'),
                System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator
                    or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.PrivateUse
                    or System.Globalization.UnicodeCategory.Surrogate => true,
                _ => rune.Value is 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0,
            };
            if (hidden)
            {
                return true;
            }
        }

        return false;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
