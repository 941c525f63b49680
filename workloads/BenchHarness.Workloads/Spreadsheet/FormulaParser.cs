using System.Globalization;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>
/// Recursive-descent parser for spreadsheet formulas: numbers, references (<c>A1</c>, <c>$A$1</c>,
/// <c>Sheet!A1</c>), ranges (<c>Sheet!A1:C9</c>), text in double quotes, <c>TRUE</c>/<c>FALSE</c>,
/// <c>+ - * / ^ &amp;</c>, comparisons and function calls. Precedence follows Excel: comparison &lt;
/// concatenation &lt; additive &lt; multiplicative &lt; power &lt; unary minus.
/// </summary>
public sealed class FormulaParser
{
    private readonly string _text;
    private readonly string _sheet;
    private int _position;

    private FormulaParser(string text, string sheet)
    {
        _text = text;
        _sheet = sheet;
    }

    /// <summary>Parses a formula (with or without its leading '=') found on <paramref name="sheet"/>.</summary>
    public static Formula Parse(string text, string sheet)
    {
        var parser = new FormulaParser(text.StartsWith('=') ? text[1..] : text, sheet);
        var formula = parser.Comparison();
        parser.SkipSpaces();
        if (parser._position != parser._text.Length)
        {
            throw parser.Error("unexpected text");
        }

        return formula;
    }

    private static readonly string[] ComparisonOperators = ["<=", ">=", "<>", "<", ">", "="];

    private Formula Comparison()
    {
        var left = Concatenation();
        foreach (var op in ComparisonOperators)
        {
            if (Accept(op))
            {
                return new BinaryFormula(op, left, Concatenation());
            }
        }

        return left;
    }

    private Formula Concatenation()
    {
        var left = Additive();
        while (Accept("&"))
        {
            left = new BinaryFormula("&", left, Additive());
        }

        return left;
    }

    private Formula Additive()
    {
        var left = Multiplicative();
        while (true)
        {
            if (Accept("+")) left = new BinaryFormula("+", left, Multiplicative());
            else if (Accept("-")) left = new BinaryFormula("-", left, Multiplicative());
            else return left;
        }
    }

    private Formula Multiplicative()
    {
        var left = Power();
        while (true)
        {
            if (Accept("*")) left = new BinaryFormula("*", left, Power());
            else if (Accept("/")) left = new BinaryFormula("/", left, Power());
            else return left;
        }
    }

    private Formula Power()
    {
        var left = Unary();
        while (Accept("^"))
        {
            left = new BinaryFormula("^", left, Unary());
        }

        return left;
    }

    private Formula Unary() => Accept("-") ? new UnaryFormula('-', Unary()) : Primary();

    private Formula Primary()
    {
        SkipSpaces();
        if (Accept("("))
        {
            var inner = Comparison();
            Expect(")");
            return inner;
        }

        if (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.'))
        {
            return Number();
        }

        if (_position < _text.Length && _text[_position] == '"')
        {
            return Text();
        }

        var name = Identifier();
        if (Accept("("))
        {
            return Function(name.ToUpperInvariant());
        }

        if (name.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || name.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            return new NumberFormula(name.Length == 4 ? 1 : 0);
        }

        var sheet = _sheet;
        if (Accept("!"))
        {
            sheet = name;
            name = Identifier();
        }

        var from = Reference(sheet, name);
        if (!Accept(":"))
        {
            return new ReferenceFormula(from);
        }

        var second = Identifier();
        if (Accept("!"))
        {
            sheet = second;
            second = Identifier();
        }

        return new RangeFormula(from, Reference(sheet, second));
    }

    private FunctionFormula Function(string name)
    {
        var arguments = new List<Formula>();
        if (!Accept(")"))
        {
            do
            {
                arguments.Add(Comparison());
            }
            while (Accept(","));
            Expect(")");
        }

        return new FunctionFormula(name, arguments);
    }

    private NumberFormula Number()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.'))
        {
            _position++;
        }

        return new NumberFormula(double.Parse(_text.AsSpan(start, _position - start), CultureInfo.InvariantCulture));
    }

    /// <summary>A text literal: double quotes, with <c>""</c> for a quote inside.</summary>
    private TextFormula Text()
    {
        var text = new System.Text.StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unterminated text");
            }

            var c = _text[_position++];
            if (c != '"')
            {
                text.Append(c);
            }
            else if (_position < _text.Length && _text[_position] == '"')
            {
                text.Append('"');
                _position++;
            }
            else
            {
                return new TextFormula(text.ToString());
            }
        }
    }

    private string Identifier()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '$' or '_' or '.'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Error("expected a name or reference");
    }

    private CellAddress Reference(string sheet, string text) =>
        CellAddress.TryParse(sheet, text, out var address) ? address : throw Error($"'{text}' is not a cell reference");

    private bool Accept(string token)
    {
        SkipSpaces();
        if (string.CompareOrdinal(_text, _position, token, 0, token.Length) != 0)
        {
            return false;
        }

        _position += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw Error($"expected '{token}'");
        }
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] == ' ')
        {
            _position++;
        }
    }

    private FormatException Error(string what) => new($"Formula '{_text}': {what} at position {_position}.");
}
