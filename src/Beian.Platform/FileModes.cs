namespace Beian.Platform;

/// <summary>
/// Files with personal data or keys are the service user's alone: folders 0700, files 0600, whatever the process's
/// umask (on Windows the folder's access list is left to the operator).
/// </summary>
public static class FileModes
{
    public const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void CreatePrivateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, PrivateFolder);
        if ((File.GetUnixFileMode(path) & ~PrivateFolder) != 0)
        {
            File.SetUnixFileMode(path, PrivateFolder);
        }
    }

    /// <summary>Creates a new file readable and writable by the service user only.</summary>
    public static FileStream CreatePrivateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFile;
        }

        return new FileStream(path, options);
    }

    /// <summary>Makes an existing file the service user's alone (a database created before this rule, say).</summary>
    public static void MakePrivate(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && (File.GetUnixFileMode(path) & ~PrivateFile) != 0)
        {
            File.SetUnixFileMode(path, PrivateFile);
        }
    }

    /// <summary>
    /// Whether a key file is open to anyone but its owner: readable or writable by its group or by others, or in a
    /// folder that others may write to (where the file could be swapped).
    /// </summary>
    public static bool IsOpenToOthers(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        var folder = Path.GetDirectoryName(path)!;
        var folderMode = File.GetUnixFileMode(folder);
        var folderWritable = (folderMode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0 && (folderMode & UnixFileMode.StickyBit) == 0;
        return (File.GetUnixFileMode(path) & others) != 0 || folderWritable;
    }

    /// <summary>The path with every symbolic link on the way resolved (realpath), so that two names of one place compare equal.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            var info = new FileInfo(next);
            resolved = info.Exists || Directory.Exists(next)
                ? (info.LinkTarget is not null ? (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next) : next)
                : next;
        }

        return resolved;
    }
}
