/// A yearly pay or price range in one currency.
public struct SalaryRange: Sendable, Hashable {
    public var min: Double?
    public var max: Double?
    public var currency: String

    public init(min: Double?, max: Double?, currency: String) {
        self.min = min
        self.max = max
        self.currency = currency
    }
}

/// The profile's pay: now, the least acceptable, the aim.
public struct SalaryExpectation: Sendable, Equatable {
    public var current: Double?
    public var minimum: Double?
    public var target: Double?
    public var currency: String

    public init(current: Double? = nil, minimum: Double? = nil, target: Double? = nil, currency: String) {
        self.current = current
        self.minimum = minimum
        self.target = target
        self.currency = currency
    }
}

/// Time and money the person can give to development.
public struct TimeBudget: Sendable, Equatable {
    public var hoursPerWeek: Double?
    /// Learning budget per year.
    public var budget: Double?
    public var currency: String

    public init(hoursPerWeek: Double? = nil, budget: Double? = nil, currency: String) {
        self.hoursPerWeek = hoursPerWeek
        self.budget = budget
        self.currency = currency
    }
}
