namespace Beian.Web.Infrastructure;

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

    /// <summary>Whether others than the owner and its group may read the file.</summary>
    public static bool IsWorldReadable(string path) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0;
}
