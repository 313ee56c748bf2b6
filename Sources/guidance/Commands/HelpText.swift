import Foundation

/// The words `--help` prints: for the tool and for each command.
enum HelpText {
    static let version = "guidance 0.1.0"

    static let usage = "usage: guidance [new | resume [ID] | list | show ID | plan ID | calendar ID | invite ID | agenda | export ID --all -o DIR | review [ID] | status [ID] | delete ID | check | where] [--sessions DIR] [--prompts DIR] [--tz ZONE] [--no-color] [--help] [--version]"

    static let overview = """
    guidance: get the strategic why from your director, and turn it into your marketing plan.

    It walks you through a 30-minute Strategic Guidance meeting: the goals behind the work,
    the segments and the growth segment, the focus split, budgets, changes inside and outside
    the company, and what Sales needs. Every answer is saved the moment you give it.

    \(usage)

    commands:
      guidance                      start a director meeting (or offer to resume an unfinished one)
      guidance new                  start a new session
          --script director|self    director meeting (default) or self-planning session
          --answers FILE            fill the session from an answers file (guidance-answers/2 or /1)
          --date DAY                the meeting date (default: today): 2027-03-01, 1/3/2027, tomorrow, next monday
      guidance resume [ID]          continue a session (default: the latest unfinished one)
      guidance list                 your sessions, newest first (--all: also those with no answers)
      guidance show ID              the answers of a session, topic by topic
      guidance plan ID              the three-month plan draft made from a session
          --format text|md|html|csv|json   readable text (default), Markdown, a web page, the CSV, or JSON
          -o FILE                   write it to FILE instead of the screen
          --paper a4|letter         the paper the web page prints on (default: A4)
      guidance calendar ID          the calendar file (.ics) of the plan: meetings, launches, reviews
      guidance invite ID            the next guidance meeting as an invitation to your director (.ics)
      guidance agenda               the agenda of the next meeting, to send before it
          --from ID|latest          quote last time's answers from this session (default: the latest finished)
          --script director|self    the meeting's questions (default: director)
          --format txt|md|html      plain text (default), Markdown or a web page
      guidance status [ID]          the plan to date: actual split against the directed one, from the monthly reviews
      guidance export ID --all -o DIR   every format at once, with names starting with the session id
      guidance review [ID]          the monthly review: what was done, moved or dropped, the hours it took,
                                    and what else took time (default: the latest finished session)
          --month 1|2|3             the month of the plan (default: the month of today, else the last one ended)
          --answers FILE            store the review from a guidance-review/1 file (- reads standard input)
      guidance delete ID            move a session to the trash folder inside the sessions folder
          --yes                     without asking (needed when there is no terminal to ask on)
      guidance check                check the scripts, activities and holidays in the prompts folder
      guidance where                the folders in use (sessions, prompts, line history) and why

    options:
      --sessions DIR   where sessions are stored (also GUIDANCE_SESSIONS; default: ~/.local/share/guidance/sessions,
                       or the checkout's sessions for a guidance built there; guidance where says which)
      --prompts DIR    where the question scripts are (also GUIDANCE_PROMPTS; default: ~/.config/guidance/prompts
                       when it exists, else the ones installed with guidance)
      --tz ZONE        your time zone, such as Europe/London (default: the computer's)
      --date-order dmy|mdy   how dates typed with slashes are read: 31/5/2027 day first (the default),
                       or 5/31/2027 month first (also set by GUIDANCE_DATE_ORDER=mdy)
      --no-color       no colour (also when NO_COLOR is set)
      --force          replace a file that guidance did not write itself
      --help           this help; guidance COMMAND --help for one command
      --version        the version

    ID is a session id, any part of one that no other session's id holds (such as nt68), or latest.
    In a session, type /help for the commands (/back, /skip, /show, /quit...).
    """

    static func forCommand(_ name: String) -> String? {
        switch name {
        case "new": return """
            usage: guidance new [--script director|self] [--answers FILE] [--date DAY]

            Starts a new session. A director meeting (the default) is the 30-minute Strategic
            Guidance meeting with your director; a self-planning session (--script self) is for
            when your director is not available: every answer is recorded as an assumption to confirm.
            Last session's answers are offered as defaults: press Enter to keep one.
            --date is the meeting day (default: today), typed as in an answer: 2027-02-01, 1/2/2027
            (day first; month first with --date-order mdy), tomorrow, next monday, end of March.

            --answers FILE fills the session from a file in the guidance-answers/2 format (or /1). Every
            value is checked with the same rules as in the shell; a bad value is refused with its
            key and the reason, and nothing is stored. In a terminal the session then continues at
            the first unanswered question; otherwise it is stored and guidance exits.
            """
        case "resume": return """
            usage: guidance resume [ID]

            Continues a session where it stopped. Without an ID, the latest unfinished session.
            """
        case "list": return """
            usage: guidance list [--all]

            Lists your sessions, newest first, with their date, kind and progress. Sessions with no
            answers (a shell closed at once) are counted at the end, not listed; --all lists them too.
            """
        case "delete": return """
            usage: guidance delete ID [--yes]

            Moves a session to the trash: its answers, its monthly reviews and its calendar record go
            into the folder "trash" inside the sessions folder, where no command looks. To bring a
            session back, move its files back. On a terminal guidance first says what the session is
            and asks; --yes moves it without asking (needed in a script or a pipe). A session open in
            another guidance shell is not moved.
            """
        case "show": return """
            usage: guidance show ID

            Prints the answers of a session, topic by topic. ID may also be "latest".
            """
        case "plan": return """
            usage: guidance plan ID [--format text|md|html|csv|json] [-o FILE] [--paper a4|letter] [--force]

            Turns a session (finished, or partly answered) into the three-month tactical plan draft.
            First the director's page: objectives and targets, hours and spend by month against the
            focus split, the campaigns on a timeline (worked back from key dates, public holidays left
            free), the decisions and risks. Then why each segment, the dates, and every task by campaign.
            --format csv writes one row per task (start, due, month, week, segment, role, campaign,
            stage, activity, channel, pull_push, owner, hours, cost, currency, why); md is Markdown,
            html a page that prints well, json the answers with the plan under "plan". ID may also be
            "latest". Without --format, -o takes the format from the file name: plan.md, plan.html,
            plan.csv, plan.json or plan.txt.
            --paper letter lays the web page out for US Letter when printed (A4 by default).
            -o FILE writes the file; guidance replaces a file only if it wrote it, unless --force.
            """
        case "calendar": return """
            usage: guidance calendar ID [-o FILE] [--force]

            Writes the calendar file (.ics) of the plan made from session ID: the next Strategic
            Guidance meeting, the two-hour planning appointment, launches, fundamentals, internal and
            market changes, and a review at the end of each month. Import it into your calendar
            program; exporting again updates the same entries instead of adding copies.
            """
        case "status": return """
            usage: guidance status [ID]

            The plan of session ID (default: the latest finished) to date, from its monthly reviews:
            each segment's planned and actual marketing hours and spend in the months reviewed, its
            actual share of the hours against the focus split, the campaigns that went live or not,
            the sales material delivered, what slipped and why, and the work no plan had. It warns
            when the growth segment's actual share is more than 5 points below its directed share.
            """
        case "invite": return """
            usage: guidance invite ID [-o FILE] [--force]

            Writes the next Strategic Guidance meeting of the plan made from session ID as an invitation
            (.ics, METHOD:REQUEST) from you to your director: the day and time of the meeting in
            guidance calendar, the agenda in its description, a reminder, and a request to reply.
            Open it in your mail or calendar program, or attach it to an email, to send it. It needs the
            director's and your own email address (the wrap-up questions director and marketer).
            ID may also be "latest". -o FILE writes the file; guidance replaces a file only if it wrote it,
            unless --force.
            """
        case "agenda": return """
            usage: guidance agenda [--script director|self] [--from ID|latest] [--format txt|md|html] [-o FILE]
                                   [--date DAY] [--time HH:MM] [--paper a4|letter] [--force]

            The agenda of the next meeting, to send to your director beforehand: each topic with its
            minutes and the questions that apply, in plain words (your own facts, such as the currency or
            the hours a week, are left for the meeting). After a session it also says what that session's
            plan had due by the meeting, the open actions, the decisions still waiting, what changed and a
            few points to think about, with last time's answer beside each question. The HTML prints on
            one A4 page for a usual meeting.
            The date and time are those of the next guidance meeting in the plan of the last session,
            unless --date and --time say otherwise.
            Without --format, -o takes the format from the file name: agenda.md, agenda.html or agenda.txt.
            --paper letter lays the web page out for US Letter when printed (A4 by default).
            """
        case "export": return """
            usage: guidance export ID --all -o DIR [--paper a4|letter] [--force]

            Writes every export of session ID into DIR: ID-plan.md, ID-plan.html, ID-plan.csv,
            ID-plan.json, ID-calendar.ics, ID-agenda.md, ID-agenda.html and ID-invite.ics (the invitation
            to the next meeting, left out with a note when the session has no email for your director or
            for you). The web pages print on A4, or on US Letter with --paper letter. Nothing is written
            when one of them would replace a file guidance did not write (unless --force).
            """
        case "review": return """
            usage: guidance review [ID] [--month 1|2|3] [--answers FILE] [--date DAY]

            The monthly review of the plan made from session ID (default: the latest finished session):
            campaign by campaign, the tasks due or started in the month. Press Enter when a campaign's
            tasks were done as planned, or type t to answer task by task: Enter for done as planned, or
            done 6h £300 (the hours and cost it really took), moved 2027-04-12, dropped REASON, going.
            Then what else took time: what, segment, hours (Hotel crisis calls, Hospitality, 12h), until
            Enter. Every answer is saved at once in ID.review-N beside the session; Ctrl-D saves and leaves,
            and guidance review ID --month N carries on. Running it again on a reviewed month offers every
            answer as the Enter default, so it can be corrected.
            --month: 1, 2 or 3; by default the month of today (or of --date) in the plan, else the last
            month that has ended, else month 1.
            --answers FILE stores the review from a guidance-review/1 file without asking (- reads standard
            input): tasks it does not name take "rest" (done). A bad entry is refused with its place and
            nothing is stored (exit 65).
            """
        case "check": return """
            usage: guidance check

            Checks every question script, the activity library and the public-holiday calendars in
            the prompts folder (*.json) and reports each problem with its file and place. Exits 0
            when all is well, 65 when a file has problems.
            """
        case "where": return """
            usage: guidance where

            Prints the folders guidance uses and why: the sessions (--sessions, else GUIDANCE_SESSIONS, else
            the checkout's sessions folder for a guidance built in a checkout, else
            $XDG_DATA_HOME/guidance/sessions, by default ~/.local/share/guidance/sessions), the prompts
            (--prompts, else GUIDANCE_PROMPTS, else the checkout's prompts, else your own in
            $XDG_CONFIG_HOME/guidance/prompts when that folder exists, else the ones installed with
            guidance, else ./prompts) and the shell's line history ($XDG_STATE_HOME/guidance/history).
            """
        default: return nil
        }
    }
}
