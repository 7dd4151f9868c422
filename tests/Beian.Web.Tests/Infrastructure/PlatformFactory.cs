using Beian.Web.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>
/// The platform started for one test on its own database (a SQLite file, or a fresh PostgreSQL database), with a
/// <see cref="FakeTimeProvider"/> for the clock and the background sweep off: tests run the sweep themselves.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    /// <summary>A Monday, 10:00 in Beijing.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "beian-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresDatabase;
    private readonly Dictionary<string, string?> _settings;
    private bool _ownsStorage = true;

    public PlatformFactory(string database, Dictionary<string, string?>? settings = null)
        : this(database, settings, null)
    {
    }

    /// <summary>
    /// A second host on the same database, data folder and clock as <paramref name="first"/>: a restart, or another
    /// instance. The new host takes over the clean-up, so the first may stop without taking the storage with it.
    /// </summary>
    public PlatformFactory(PlatformFactory first, Dictionary<string, string?>? changes = null)
        : this((first ?? throw new ArgumentNullException(nameof(first))).Database, null, first)
    {
        foreach (var (key, value) in changes ?? [])
        {
            _settings[key] = value;
        }
    }

    private PlatformFactory(string database, Dictionary<string, string?>? settings, PlatformFactory? sharing)
    {
        Database = database;
        if (sharing is not null)
        {
            _folder = sharing._folder;
            _settings = new Dictionary<string, string?>(sharing._settings);
            _postgresDatabase = sharing._postgresDatabase;
            sharing._ownsStorage = false;
            Time = sharing.Time;
            return;
        }

        Directory.CreateDirectory(_folder);
        _settings = new Dictionary<string, string?>
        {
            ["Platform:DataFolder"] = _folder,
            ["Platform:Sandbox"] = "true",
            // Tests sign in and register far more often than a person; the security tests set the real limits back.
            ["RateLimits:SignIn:PermitLimit"] = "100000",
            ["RateLimits:Register:PermitLimit"] = "100000",
            ["RateLimits:Miit:PermitLimit"] = "100000",
            ["RateLimits:Query:PermitLimit"] = "100000",
            ["Jobs:Enabled"] = "false",
            ["Gate:Enabled"] = "false",
            ["Operations:SampleInterval"] = "00:00:00",
            ["Bureau:SyncLag"] = "00:01:00",
            // The scheduled inspection stays out of tests that move the clock far; compliance tests run it themselves.
            ["Compliance:InspectionInterval"] = "3650.00:00:00",
        };
        if (database == Databases.Postgres)
        {
            _postgresDatabase = "beian_" + Guid.NewGuid().ToString("N")[..16];
            var admin = new NpgsqlConnectionStringBuilder(Databases.PostgresConnectionString) { Database = "postgres" };
            using (var connection = new NpgsqlConnection(admin.ConnectionString))
            {
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase}", connection);
                create.ExecuteNonQuery();
            }

            _settings["Storage:Provider"] = "Postgres";
            _settings["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(Databases.PostgresConnectionString) { Database = _postgresDatabase }.ConnectionString;
        }
        else
        {
            _settings["Storage:Provider"] = "Sqlite";
            _settings["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "beian.db")}";
        }

        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string Database { get; }

    /// <summary>More services for one test (an EF interceptor that records statements, say), set before the host starts.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    /// <summary>The platform's clock; tests move it.</summary>
    public FakeTimeProvider Time { get; } = new(Start);


    /// <summary>The folder of the SQLite file and the generated keys.</summary>
    public string DataFolder => _folder;

    /// <summary>Outside sandbox the keys must come from files apart from the data folder, as an operator would keep them.</summary>
    public string KeysFolder => _folder + "-keys";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (_settings.GetValueOrDefault("Platform:Sandbox") == "false" && !_settings.ContainsKey("PersonalData:KeyFile"))
        {
            ProvideKeyFiles();
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
            foreach (var more in TestServices)
            {
                more(services);
            }
        });
    }

    private void ProvideKeyFiles()
    {
        if (!Directory.Exists(KeysFolder))
        {
            Beian.Web.Infrastructure.Keys.KeyFiles.Init(KeysFolder);
            // A host that ran in sandbox on this storage sealed with the keys it generated: keep reading them.
            foreach (var name in new[] { Beian.Web.Infrastructure.Keys.KeyFiles.PersonalDataFile, Beian.Web.Infrastructure.Keys.KeyFiles.KeyRingFile })
            {
                if (File.Exists(Path.Combine(_folder, name)))
                {
                    File.Copy(Path.Combine(_folder, name), Path.Combine(KeysFolder, name), overwrite: true);
                    if (!OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(Path.Combine(KeysFolder, name), UnixFileMode.UserRead | UnixFileMode.UserWrite);
                    }
                }
            }
        }

        _settings["PersonalData:KeyFile"] = Path.Combine(KeysFolder, Beian.Web.Infrastructure.Keys.KeyFiles.PersonalDataFile);
        _settings["DataProtection:KeyFile"] = Path.Combine(KeysFolder, Beian.Web.Infrastructure.Keys.KeyFiles.KeyRingFile);
    }

    /// <summary>One pass of the sweep, as the background job would run it.</summary>
    public Task SweepAsync() => Services.GetRequiredService<SweepRunner>().RunOnceAsync(CancellationToken.None);

    /// <summary>A scope for looking into the databases directly.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (!_ownsStorage)
        {
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var admin = new NpgsqlConnectionStringBuilder(Databases.PostgresConnectionString) { Database = "postgres" };
            using var connection = new NpgsqlConnection(admin.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
            if (Directory.Exists(KeysFolder))
            {
                Directory.Delete(KeysFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open by the host: the temp folder is cleaned up by the system.
        }
    }
}
