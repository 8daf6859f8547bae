<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>Deadlines on %1: %n</source>
        <translation>
            <numerusform>%n deadline on %1</numerusform>
            <numerusform>%n deadlines on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 – %2: %n deadline(s)</source>
        <translation>
            <numerusform>Week of %1 – %2: %n deadline</numerusform>
            <numerusform>Week of %1 – %2: %n deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileJob</name>
    <message numerus="yes">
        <source>Report saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Report saved: %1 (%n page)</numerusform>
            <numerusform>Report saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) exported to %1</source>
        <translation>
            <numerusform>%n deadline exported to %1</numerusform>
            <numerusform>%n deadlines exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) exported to %1 as CSV</source>
        <translation>
            <numerusform>%n deadline exported to %1 as CSV</numerusform>
            <numerusform>%n deadlines exported to %1 as CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n need a date (see Needs you)</source>
        <translation>
            <numerusform>%n needs a date (see Needs you)</numerusform>
            <numerusform>%n need a date (see Needs you)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the tracker (updated, not duplicated)</source>
        <translation>
            <numerusform>%n already in the tracker (updated, not duplicated)</numerusform>
            <numerusform>%n already in the tracker (updated, not duplicated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <source>Daily digest: %n reminder(s) due</source>
        <translation>
            <numerusform>Daily digest: %n reminder due</numerusform>
            <numerusform>Daily digest: %n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract Deadline Tracker — %n reminder(s) due</source>
        <translation>
            <numerusform>Contract Deadline Tracker — %n reminder due</numerusform>
            <numerusform>Contract Deadline Tracker — %n reminders due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message numerus="yes">
        <source>%n snoozed reminder(s)</source>
        <translation>
            <numerusform>%n snoozed reminder</numerusform>
            <numerusform>%n snoozed reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed deadline(s)</source>
        <translation>
            <numerusform>%n dismissed deadline</numerusform>
            <numerusform>%n dismissed deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
</context>
</TS>
