/// The life cycle the writers share: nothing may follow `finish()`, and after a failure the stream is
/// in an unknown state, so the first error is reported again instead of writing a damaged file further.
enum WriterState {
    case open
    case finished
    case failed(ZstdError)

    /// Throws unless the writer may still accept bytes.
    func check(path: String) throws(ZstdError) {
        switch self {
        case .open: return
        case .finished: throw .writeAfterFinish(path: path)
        case .failed(let error): throw error
        }
    }
}
