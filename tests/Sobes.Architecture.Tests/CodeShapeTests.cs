namespace Sobes.Architecture.Tests;

/// <summary>
/// Sizes a reviewer can hold in mind (issue 12, STYLE.md): no class over 400 lines, no member over 60, no line over 150 characters.
/// Nested types count inside their outer class. The formatter check (<c>dotnet format --verify-no-changes</c>) runs in scripts/test.sh.
/// </summary>
public sealed class CodeShapeTests
{
    public const int MaxClassLines = 400;
    public const int MaxMemberLines = 60;
    public const int MaxLineLength = 150;

    private static readonly string[] Src = CodeShape.SourceFiles("src").ToArray();
    private static readonly string[] All = CodeShape.SourceFiles("src", "tests", "bench").ToArray();

    [Fact]
    public void No_class_in_src_is_over_400_lines()
    {
        var big = CodeShape.ClassSizes(Src).Where(c => c.Size > MaxClassLines).OrderByDescending(c => c.Size).ToList();
        Assert.True(big.Count == 0, $"{big.Count} classes over {MaxClassLines} lines:\n" + string.Join("\n", big));
    }

    [Fact]
    public void No_member_in_src_is_over_60_lines()
    {
        var big = CodeShape.MemberSizes(Src).Where(m => m.Size > MaxMemberLines).OrderByDescending(m => m.Size).ToList();
        Assert.True(big.Count == 0, $"{big.Count} members over {MaxMemberLines} lines:\n" + string.Join("\n", big));
    }

    [Fact]
    public void No_line_of_code_is_over_150_characters()
    {
        var longLines = CodeShape.LongLines(All, MaxLineLength).ToList();
        Assert.True(longLines.Count == 0, $"{longLines.Count} lines over {MaxLineLength} characters:\n"
            + string.Join("\n", longLines.Take(200)));
    }

    [Fact]
    public void The_shape_reader_measures_what_it_should()
    {
        var file = Path.Combine(Path.GetTempPath(), $"shape-{Guid.NewGuid():N}.cs");
        File.WriteAllText(file, "namespace N;\npartial class A\n{\n    void M()\n    {\n    }\n}\npartial class A\n{\n}\n");
        try
        {
            Assert.Equal(9, Assert.Single(CodeShape.ClassSizes([file])).Size);
            Assert.Equal(("A.M", 3), Assert.Single(CodeShape.MemberSizes([file])) is var m ? (m.What, m.Size) : default);
        }
        finally { File.Delete(file); }
    }
}
