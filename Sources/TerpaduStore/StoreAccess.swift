/// How a process opens the data directory. A supervisor's process is `.readOnly`: it never appends to the
/// journal and never writes or prunes snapshots; the store itself refuses, whatever the caller does.
public enum StoreAccess: Sendable, Equatable {
    case readWrite
    case readOnly
}
