namespace Beian.Web.Tests.Infrastructure;

/// <summary>
/// The engines every storage test runs on: SQLite always, PostgreSQL when ./test.sh has started one and exported its
/// connection string in BEIAN_TEST_POSTGRES (plain `dotnet test` leaves those cases out and says so).
/// </summary>
public static class Databases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("BEIAN_TEST_POSTGRES");

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (!string.IsNullOrEmpty(PostgresConnectionString))
            {
                data.Add(Postgres);
            }

            return data;
        }
    }
}
