/// One decision framework (analysis section 10): the signals on each side with their source,
/// the counts, and what was not answered. It never says which side to take.
public struct DecisionView: Sendable, Equatable, Encodable {
    public var title: String
    public var sides: [DecisionSideView]
    /// "4 signals for an internal promotion, 4 for an external move".
    public var summary: String
    public var notes: [RichText]
    public var hasNotes: Bool
}

/// The signals supporting one side.
public struct DecisionSideView: Sendable, Equatable, Encodable {
    /// "For an internal promotion".
    public var heading: String
    public var count: String
    public var signals: [DecisionSignalRow]
    public var hasSignals: Bool
}

public struct DecisionSignalRow: Sendable, Equatable, Encodable {
    public var text: String
    public var source: String
}

extension DecisionView {
    init(_ framework: DecisionFramework) {
        title = framework.title
        sides = framework.sides.map { side in
            let signals = framework.signals.filter { $0.side == side.side }.map { DecisionSignalRow(text: $0.text, source: $0.source) }
            return DecisionSideView(heading: "For \(side.side.label)", count: String(side.signals), signals: signals, hasSignals: !signals.isEmpty)
        }
        summary = framework.summary
        notes = framework.notes.map(RichText.init)
        hasNotes = !notes.isEmpty
    }
}
