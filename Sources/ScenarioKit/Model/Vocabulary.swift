/// The eight stages of a sale; `list` and reports group scenarios by them.
public enum SalesStage: String, Sendable, Codable, CaseIterable {
    case prospecting, qualification, approach, presentation, objections, satisfaction, closing
    case afterSale = "after-sale"
}

/// The seller's place on the sales conveyor.
public enum SellerRole: String, Sendable, Codable, CaseIterable {
    case telemarketer, qualifier, hunter, farmer, closer, retail
}

/// Which sales process a scenario trains.
public enum SalesProcess: String, Sendable, Codable, CaseIterable {
    case b2b, retail
}

/// Who the trainee is talking to; rules depend on it (pitching to a gatekeeper is a mistake,
/// pitching to the decision maker is not).
public enum CounterpartRole: String, Sendable, Codable, CaseIterable {
    case gatekeeper
    case decisionMaker = "decision-maker"
    case influencer
    case customer
}

/// Whether an ending is the call won or lost.
public enum Outcome: String, Sendable, Codable, CaseIterable {
    case win, loss
    /// The trainee left the call before it ended.
    case abandoned
}
