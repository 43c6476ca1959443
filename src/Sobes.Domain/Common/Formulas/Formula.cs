using System.Globalization;

namespace Sobes.Domain.Common;

/// <summary>
/// An indicator formula over named inputs, such as «Оу/О*100». Supports + − * / and parentheses; «×» is read as
/// multiplication and «\» as division because the seed writes «Пу\По*100». Names are letters and digits (Cyrillic allowed).
/// </summary>
public sealed class Formula
{
    private readonly FormulaNode _root;

    private Formula(string text, FormulaNode root, IReadOnlySet<string> variables)
    {
        Text = text;
        _root = root;
        Variables = variables;
    }

    public string Text { get; }
    public IReadOnlySet<string> Variables { get; }

    public static Formula Parse(string text)
    {
        var parser = new Parser(text);
        var root = parser.ParseAll();
        return new Formula(text, root, parser.Variables);
    }

    /// <summary>The value, or null when a division by zero leaves it undefined.</summary>
    public decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs) => _root.Evaluate(inputs);

    public static decimal? Evaluate(string text, IReadOnlyDictionary<string, decimal> inputs) => Parse(text).Evaluate(inputs);

    private sealed class Parser(string text)
    {
        private int _pos;
        public HashSet<string> Variables { get; } = new(StringComparer.Ordinal);

        public FormulaNode ParseAll()
        {
            if (string.IsNullOrWhiteSpace(text)) throw new FormulaException("Формула пуста.");
            var node = Expression();
            SkipSpaces();
            if (_pos < text.Length) throw Error($"лишний символ «{text[_pos]}»");
            return node;
        }

        private FormulaNode Expression()
        {
            var node = Term();
            while (Peek() is '+' or '-' or '−')
            {
                var op = Next() == '+' ? '+' : '-';
                node = new BinaryNode(op, node, Term());
            }
            return node;
        }

        private FormulaNode Term()
        {
            var node = Unary();
            while (Peek() is '*' or '×' or '/' or '\\')
            {
                var op = Next() is '*' or '×' ? '*' : '/';
                node = new BinaryNode(op, node, Unary());
            }
            return node;
        }

        private FormulaNode Unary()
        {
            if (Peek() is '-' or '−') { Next(); return new NegateNode(Unary()); }
            if (Peek() is '+') { Next(); return Unary(); }
            return Primary();
        }

        private FormulaNode Primary()
        {
            var c = Peek();
            if (c == '(')
            {
                Next();
                var inner = Expression();
                if (Peek() != ')') throw Error("не закрыта скобка");
                Next();
                return inner;
            }
            if (c is { } digit && char.IsAsciiDigit(digit)) return Number();
            if (c is { } letter && char.IsLetter(letter)) return Variable();
            throw Error(c is null ? "формула оборвана" : $"неожиданный символ «{c}»");
        }

        private NumberNode Number()
        {
            var start = _pos;
            while (_pos < text.Length && (char.IsAsciiDigit(text[_pos]) || text[_pos] is '.' or ',')) _pos++;
            var literal = text[start.._pos].Replace(',', '.');
            if (!decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                throw Error($"неверное число «{literal}»");
            return new NumberNode(value);
        }

        private VariableNode Variable()
        {
            var start = _pos;
            while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_')) _pos++;
            var name = text[start.._pos];
            Variables.Add(name);
            return new VariableNode(name);
        }

        private char? Peek()
        {
            SkipSpaces();
            return _pos < text.Length ? text[_pos] : null;
        }

        private char Next() => text[_pos++];

        private void SkipSpaces()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++;
        }

        private FormulaException Error(string what) => new($"Ошибка в формуле «{text}» (позиция {_pos + 1}): {what}.");
    }
}
