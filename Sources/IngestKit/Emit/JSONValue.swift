/// A JSON value whose objects keep their keys in the order they were given, so that every
/// file the pipeline writes has a fixed, documented key order.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer, written in decimal.
    case integer(Int)
    /// A number already formatted as JSON (`0.125`): the caller decides the precision, so
    /// the text never depends on the platform's float printing.
    case number(String)
    /// A string, written as UTF-8 with only the escapes JSON requires.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, its keys in this order.
    case object([(String, JSONValue)])

    /// A string, or `null` when `text` is `nil`.
    public static func optionalString(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// A number with a fixed number of decimals (`fixed(1.5, decimals: 3)` is `1.500`).
    public static func fixed(_ value: Double, decimals: Int) -> JSONValue {
        guard value.isFinite else { return .null }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e15 else { return .integer(Int(value.rounded())) }
        let units = Int(scaled)
        let divisor = Int(scale)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard decimals > 0 else { return .number("\(sign)\(units)") }
        var fraction = String(units % divisor)
        while fraction.count < decimals { fraction = "0" + fraction }
        return .number("\(sign)\(units / divisor).\(fraction)")
    }

    /// Two values are equal when they are the same JSON with their keys in the same order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }
}
