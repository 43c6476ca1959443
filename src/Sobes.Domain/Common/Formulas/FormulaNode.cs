namespace Sobes.Domain.Common;

/// <summary>Expression tree of an indicator formula; evaluation yields null when a division by zero makes the value undefined.</summary>
public abstract record FormulaNode
{
    public abstract decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs);
}

public sealed record NumberNode(decimal Value) : FormulaNode
{
    public override decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs) => Value;
}

public sealed record VariableNode(string Name) : FormulaNode
{
    public override decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs) =>
        inputs.TryGetValue(Name, out var value) ? value : throw new FormulaException($"Не задано значение «{Name}».");
}

public sealed record NegateNode(FormulaNode Operand) : FormulaNode
{
    public override decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs) => -Operand.Evaluate(inputs);
}

public sealed record BinaryNode(char Operator, FormulaNode Left, FormulaNode Right) : FormulaNode
{
    public override decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs)
    {
        var left = Left.Evaluate(inputs);
        var right = Right.Evaluate(inputs);
        if (left is not { } l || right is not { } r) return null;
        return Operator switch
        {
            '+' => l + r,
            '-' => l - r,
            '*' => l * r,
            // О = 0 (nobody surveyed) leaves a share undefined: not reportable rather than an error.
            '/' => r == 0 ? null : l / r,
            _ => throw new FormulaException($"Неизвестная операция «{Operator}»."),
        };
    }
}
