using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sobes.Architecture.Tests;

/// <summary>One finding of <see cref="CodeShape"/>: where, what and how big.</summary>
public sealed record ShapeFinding(string File, int Line, string What, int Size)
{
    public override string ToString() => $"{File}:{Line} {What} ({Size})";
}

/// <summary>
/// Sizes read from the C# syntax of the repository (Roslyn, no build needed): classes with their partial parts summed,
/// members (methods, constructors, accessors, local functions), and lines. EF-generated migrations are left out.
/// </summary>
public static class CodeShape
{
    public static IEnumerable<string> SourceFiles(params string[] folders) => folders
        .SelectMany(f => Directory.EnumerateFiles(RepoFiles.Path(f), "*.cs", SearchOption.AllDirectories))
        .Where(f => !IsGenerated(f))
        .Order();

    private static bool IsGenerated(string path)
    {
        var p = path.Replace('\\', '/');
        return p.Contains("/obj/") || p.Contains("/bin/") || p.Contains("/Migrations/");
    }

    public static string Relative(string path) => Path.GetRelativePath(RepoFiles.Root, path);

    /// <summary>Lines of a class: the spans of all its partial declarations, nested types included, summed.</summary>
    public static IEnumerable<ShapeFinding> ClassSizes(IEnumerable<string> files) => files
        .SelectMany(file => Parse(file).DescendantNodes().OfType<TypeDeclarationSyntax>().Select(t => (file, t)))
        .GroupBy(x => FullName(x.t))
        .Select(g => new ShapeFinding(Relative(g.First().file), Line(g.First().t), g.Key, g.Sum(x => Lines(x.t))));

    public static IEnumerable<ShapeFinding> MemberSizes(IEnumerable<string> files) => files.SelectMany(file =>
        Parse(file).DescendantNodes().Where(IsMember).Select(m => new ShapeFinding(Relative(file), Line(m), Describe(m), Lines(m))));

    public static IEnumerable<ShapeFinding> LongLines(IEnumerable<string> files, int limit) => files.SelectMany(file =>
        File.ReadLines(file).Select((text, i) => (text, i))
            .Where(x => x.text.Length > limit)
            .Select(x => new ShapeFinding(Relative(file), x.i + 1, "line", x.text.Length)));

    private static bool IsMember(SyntaxNode n) => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
        or LocalFunctionStatementSyntax or PropertyDeclarationSyntax { ExpressionBody: not null };

    private static string Describe(SyntaxNode n) => n switch
    {
        MethodDeclarationSyntax m => $"{Owner(m)}.{m.Identifier}",
        ConstructorDeclarationSyntax c => $"{Owner(c)} constructor",
        LocalFunctionStatementSyntax l => $"local function {l.Identifier}",
        AccessorDeclarationSyntax a => $"{Owner(a)} {a.Keyword} accessor",
        PropertyDeclarationSyntax p => $"{Owner(p)}.{p.Identifier}",
        _ => n.Kind().ToString(),
    };

    private static string Owner(SyntaxNode n) => n.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "?";

    private static string FullName(TypeDeclarationSyntax t)
    {
        var names = t.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().Select(x => x.Identifier.Text).Reverse();
        var ns = t.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(x => x.Name.ToString()).Reverse();
        return string.Join(".", ns.Concat(names));
    }

    private static SyntaxNode Parse(string file) => CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file).GetRoot();

    private static int Line(SyntaxNode n) => n.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    private static int Lines(SyntaxNode n)
    {
        var span = n.GetLocation().GetLineSpan();
        return span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
    }
}
