import Foundation
import GuidanceCore

extension App {
    /// The invitation to a session's next guidance meeting, and the calendar state to store once it is written (nil when unchanged).
    ///
    /// Its SEQUENCE comes from the same record as the calendar's, so an invitation sent again after the
    /// meeting moved carries a higher number, and the calendar exported later agrees with it.
    func invitationText(_ session: Session, plan: Plan) throws(CLIError) -> (text: String, state: ExportBatch.File?) {
        let (sequences, state) = try calendarSequences(session, plan: plan)
        do throws(InvitationProblem) {
            return (try Invitation.write(plan: plan, sequences: sequences, timeZone: timeZone, stamp: Date()), state)
        } catch {
            throw CLIError.data(error.description)
        }
    }

    /// `guidance invite ID [-o FILE]`.
    func invite(_ text: String, output: String?) throws(CLIError) -> Int32 {
        let id = try sessionID(text)
        let session = try loadSession(id)
        let invitation = try invitationText(session, plan: try fullPlan(session))
        return try emit(invitation.text, to: output, what: "the invitation to the next guidance meeting of session \(id)",
                        alongside: invitation.state.map { [$0] } ?? [])
    }
}
