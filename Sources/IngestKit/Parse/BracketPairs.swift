/// The closing bracket that matches each `[` and each `(` of a line, found in one pass with a
/// stack: a link's label and target are then looked up, never searched for, so a line of
/// thousands of unmatched `[` costs linear time, not quadratic.
struct BracketPairs {
    /// The offset of the `]` that closes the `[` at each offset (unmatched ones are absent).
    private var squareCloser: [Int: Int] = [:]
    /// The offset of the `)` that closes the `(` at each offset (unmatched ones are absent).
    private var roundCloser: [Int: Int] = [:]

    /// The pairs of `characters`: brackets count only as Characters of their own, as in
    /// `Character` comparison.
    init(_ characters: LineCharacters) {
        let bytes = characters.bytes
        guard bytes.contains(UInt8(ascii: "[")) else { return }
        var openSquares: [Int] = []
        var openRounds: [Int] = []
        var index = 0
        while index < bytes.count {
            let end = characters.end(ofCharacterAt: index)
            if end == index + 1 {
                switch bytes[index] {
                case UInt8(ascii: "["): openSquares.append(index)
                case UInt8(ascii: "]"): if let open = openSquares.popLast() { squareCloser[open] = index }
                case UInt8(ascii: "("): openRounds.append(index)
                case UInt8(ascii: ")"): if let open = openRounds.popLast() { roundCloser[open] = index }
                default: break
                }
            }
            index = end
        }
    }

    /// The offset of the bracket that closes the one at `offset` (`[` or `(`), if it comes
    /// before `limit`. A closer inside a link's label belongs to the label: pairs nest, so what
    /// opens inside a label and closes at all closes inside it, or after `limit`.
    func closer(of offset: Int, opening: UInt8, before limit: Int) -> Int? {
        let closer = opening == UInt8(ascii: "[") ? squareCloser[offset] : roundCloser[offset]
        guard let closer, closer < limit else { return nil }
        return closer
    }
}
