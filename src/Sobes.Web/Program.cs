using Sobes.Web;

var app = SobesApp.Build(args);
await SobesApp.InitialiseDatabaseAsync(app);
app.Run();

public partial class Program;
