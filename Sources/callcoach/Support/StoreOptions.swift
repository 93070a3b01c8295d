import ArgumentParser
import Foundation
import ProgressStore

/// `--db`, shared by every command that reads or writes progress.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "Progress database (default: $CALLCOACH_DB, else $XDG_DATA_HOME/callcoach/progress.sqlite).")
    var path: String?

    var resolvedPath: String {
        StoreLocation.path(option: path, environment: ProcessInfo.processInfo.environment)
    }

    /// The store, created when missing.
    func open() throws(StoreError) -> SQLiteProgressDatabase {
        let path = resolvedPath
        do {
            try StoreLocation.prepareFolder(for: path)
            return try SQLiteProgressDatabase.open(at: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("\(path): \(error)")
        }
    }
}
