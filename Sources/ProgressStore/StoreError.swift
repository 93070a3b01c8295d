import GRDB

/// Why the store could not keep or read progress, in words a trainee can act on. The command
/// layer prints it as one line; a call goes on without saving.
public struct StoreError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }

    /// SQLite's result codes turned into the reasons a person recognises.
    init(_ error: any Error, path: String) {
        guard let error = error as? DatabaseError else {
            self.init("\(path): \(error)")
            return
        }
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            self.init("\(path) is read-only")
        case .SQLITE_FULL:
            self.init("the disk holding \(path) is full")
        case .SQLITE_CANTOPEN:
            self.init("cannot open \(path) (is its folder writable?)")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self.init("\(path) is not a CallCoach progress database, or is damaged")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self.init("\(path) stayed locked by another program")
        default:
            self.init("\(path): \(error.message ?? "\(error.resultCode)")")
        }
    }
}
