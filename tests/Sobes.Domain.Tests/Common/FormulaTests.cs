using Sobes.Domain.Common;

namespace Sobes.Domain.Tests.Common;

/// <summary>Formulas of seed 004: «Оу / О * 100», «Осб / О * 100», «Пу\По*100».</summary>
[Clause("004", "1.1.3")]
[Clause("004", "2.1.3")]
public class FormulaTests
{
    private static Dictionary<string, decimal> Inputs(params (string Name, decimal Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    [Theory]
    [InlineData("Оу/О*100")]
    [InlineData("Оу / О * 100")]
    [InlineData("Оу/О×100")]
    public void Seed004_share_of_satisfied_Oy_over_O_times_100(string text)
    {
        Assert.Equal(90m, Formula.Evaluate(text, Inputs(("Оу", 45), ("О", 50))));
    }

    [Fact]
    public void Seed004_share_served_and_placed_including_the_backslash_form()
    {
        Assert.Equal(100m, Formula.Evaluate("Осб/О*100", Inputs(("Осб", 37), ("О", 37))));
        Assert.Equal(96m, Formula.Evaluate("Пу\\По*100", Inputs(("Пу", 24), ("По", 25))));
        Assert.Equal(96m, Formula.Evaluate("Пу/По×100", Inputs(("Пу", 24), ("По", 25))));
    }

    // Nobody surveyed (О = 0): the share is undefined and not reportable, not an error.
    [Fact]
    public void Division_by_zero_gives_null()
    {
        Assert.Null(Formula.Evaluate("Оу/О*100", Inputs(("Оу", 0), ("О", 0))));
        Assert.Null(Formula.Evaluate("(Оу + 1)/(О - О)", Inputs(("Оу", 5), ("О", 7))));
    }

    // Seed 004 formulas are products and quotients; ordinary precedence keeps «Оу / О * 100» = (Оу / О) × 100.
    [Fact]
    public void Precedence_parentheses_unary_minus_and_decimal_comma()
    {
        var none = Inputs();
        Assert.Equal(14m, Formula.Evaluate("2+3*4", none));
        Assert.Equal(20m, Formula.Evaluate("(2+3)*4", none));
        Assert.Equal(-1m, Formula.Evaluate("-(3-2)", none));
        Assert.Equal(3m, Formula.Evaluate("1,5*2", none));
        Assert.Equal(0.5m, Formula.Evaluate("1/2", none));
    }

    // Seed 004, п. 1.1.3: the inputs named after «где» (Осб, О) are what the report must be given.
    [Fact]
    public void Variables_are_listed_after_parsing()
    {
        Assert.Equal(["О", "Осб"], Formula.Parse("Осб / О * 100").Variables.Order());
    }

    // A formula typed into the reference data must fail loudly, not give a wrong share in the report of п. 1.1.8.1.
    [Clause("004", "1.1.8.1")]
    [Theory]
    [InlineData("")]
    [InlineData("Оу/")]
    [InlineData("(Оу/О")]
    [InlineData("Оу О")]
    [InlineData("Оу % О")]
    public void Malformed_formula_is_reported(string text)
    {
        Assert.Throws<FormulaException>(() => Formula.Parse(text));
    }

    // Seed 004, п. 1.1.3: «О – общее число опрошенных» is required by the formula.
    [Fact]
    public void Missing_input_is_reported()
    {
        var e = Assert.Throws<FormulaException>(() => Formula.Evaluate("Оу/О*100", Inputs(("Оу", 1))));
        Assert.Contains("«О»", e.Message);
    }
}
