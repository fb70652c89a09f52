<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../secretary_app/ui/reports/chart.py" line="71"/>
        <source>Timer pr. opgavetype</source>
        <translation>Hours per task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/chart.py" line="72"/>
        <location filename="../../secretary_app/ui/reports/chart.py" line="74"/>
        <source>Ingen tid registreret</source>
        <translation>No time recorded</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/chart.py" line="73"/>
        <source>Timer pr. medlem</source>
        <translation>Hours per member</translation>
    </message>
</context>
<context>
    <name>AgendaImportMixin</name>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="22"/>
        <source>Dagsordener (*.txt *.pdf *.html *.htm);;Alle filer (*)</source>
        <translation>Agendas (*.txt *.pdf *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="28"/>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="82"/>
        <source>Importér dagsorden</source>
        <translation>Import agenda</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="39"/>
        <source>Læser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="41"/>
        <source>Læser dagsorden …</source>
        <translation>Reading the agenda …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="50"/>
        <source>Import mislykkedes: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="59"/>
        <source>Gennemse %1 punkter fra %2 og gem.</source>
        <translation>Review %1 items from %2 and save.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="73"/>
        <source>Oprettede</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="73"/>
        <source>Opdaterede</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="74"/>
        <source>%1 mødet %2 med %3 punkter fra %4.</source>
        <translation>%1 the meeting %2 with %3 agenda items from %4.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="79"/>
        <source>Dagsorden importeret</source>
        <translation>Agenda imported</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="89"/>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="114"/>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="146"/>
        <source>Importér mødeplan</source>
        <translation>Import meeting schedule</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="115"/>
        <source>%1 møder fundet. Mødeforum:</source>
        <translation>%1 meetings found. Forum:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="119"/>
        <source>Læser mødeplan …</source>
        <translation>Reading the meeting plan …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="130"/>
        <source>Fejl i mødeplanen</source>
        <translation>Errors in the meeting schedule</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="131"/>
        <source>Importér de øvrige datoer og spring disse over?</source>
        <translation>Import the other dates and skip these?</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/importing.py" line="138"/>
        <source>Mødeplan: %1 møder oprettet, %2 opdateret, %3 sprunget over.</source>
        <translation>Meeting schedule: %1 meetings created, %2 updated, %3 skipped.</translation>
    </message>
</context>
<context>
    <name>AgendaReviewDialog</name>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="37"/>
        <source>Gennemse dagsorden før import</source>
        <translation>Review the agenda before importing</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="43"/>
        <source>Opdaterer et møde, der allerede findes: punkter med samme nummer og titel beholder deres opgaver og udkast.</source>
        <translation>Updates a meeting that already exists: items with the same number and title keep their requests and drafts.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="46"/>
        <source>Ret det, der er læst forkert; intet gemmes, før du trykker Gem.</source>
        <translation>Correct what was read wrongly; nothing is saved until you press Save.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="49"/>
        <source>DD-MM-ÅÅÅÅ (mangler)</source>
        <translation>DD-MM-YYYY (missing)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="51"/>
        <source>TT:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="55"/>
        <source>Mødedato</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="56"/>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="57"/>
        <source>Mødeforum</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="58"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="62"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="62"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="62"/>
        <source>Sagsnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="63"/>
        <source>Lukket</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="63"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="75"/>
        <source>Flet med næste</source>
        <translation>Merge with next</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="76"/>
        <source>Del punkt …</source>
        <translation>Split item …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="77"/>
        <source>Fjern punkt</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="78"/>
        <source>Omnummerér 1, 2, 3 …</source>
        <translation>Renumber 1, 2, 3 …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="92"/>
        <source>Linje %1 ikke taget med: %2</source>
        <translation>Line %1 not taken: %2</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="96"/>
        <source>Advarsler og linjer, der lignede punkter, men ikke blev taget med:</source>
        <translation>Warnings, and lines that looked like items but were not taken:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="114"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="132"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="187"/>
        <source>Del punkt</source>
        <translation>Split item</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/review_dialog.py" line="188"/>
        <source>Sæt %1 dér, hvor det nye punkt begynder:</source>
        <translation>Put %1 where the new item begins:</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="21"/>
        <source>Arkiv</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="23"/>
        <source>Færdige opgaver, der ikke er ændret i %1 dage, ligger her i stedet for på tavlen (antallet af dage vælger du under Indstillinger). De tæller med i rapporter og søgning som altid.</source>
        <translation>Done requests not changed for %1 days are kept here instead of on the board (choose the number of days in Settings). They count in reports and search as always.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="31"/>
        <source>Søg i arkivet: titler, beskrivelser og mærker</source>
        <translation>Search the archive: titles, descriptions and tags</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="32"/>
        <source>Søg i arkivet</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="37"/>
        <source>Arkiverede opgaver</source>
        <translation>Archived requests</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="41"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="41"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="41"/>
        <source>Sidst ændret</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="47"/>
        <source>Gendan til tavlen</source>
        <translation>Restore to the board</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="49"/>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="90"/>
        <source>Læg de valgte opgaver tilbage i Færdig på tavlen</source>
        <translation>Put the selected requests back in Done on the board</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="56"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="82"/>
        <source>%1 opgaver i arkivet</source>
        <translation>%1 requests in the archive</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="83"/>
        <source>Arkivet er tomt.</source>
        <translation>The archive is empty.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="84"/>
        <source>Ingen arkiverede opgaver passer på søgningen.</source>
        <translation>No archived request matches the search.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="91"/>
        <source>Vælg en eller flere opgaver først</source>
        <translation>Select one or more requests first</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/archive_dialog.py" line="107"/>
        <source>Gendan fra arkivet</source>
        <translation>Restore from the archive</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="21"/>
        <source>Automatisk</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="22"/>
        <source>Manuel</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="23"/>
        <source>Før gendannelse</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="24"/>
        <source>Før opgradering</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="25"/>
        <source>Anden</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="46"/>
        <source>Gendan fra sikkerhedskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="53"/>
        <source>Vælg den sikkerhedskopi, der skal gendannes. Kopien kontrolleres først; den nuværende database gemmes som en kopi (»før gendannelse«), før den erstattes.</source>
        <translation>Choose the backup to restore. The backup is checked first; the current database is saved as a copy (&apos;before restore&apos;) before it is replaced.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="59"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="59"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="59"/>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="60"/>
        <source>Kontrol</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="68"/>
        <source>Mappe: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="73"/>
        <source>Gendan valgte</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="74"/>
        <source>Vælg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="95"/>
        <source>I orden</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="95"/>
        <source>Beskadiget: %1</source>
        <translation>Damaged: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="114"/>
        <source>Gendan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="114"/>
        <source>Den valgte kopi er beskadiget og kan ikke bruges.</source>
        <translation>The selected backup is damaged and cannot be used.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="122"/>
        <source>Vælg sikkerhedskopi</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="124"/>
        <source>SQLite-databaser (*.sqlite3 *.sqlite *.db);;Alle filer (*)</source>
        <translation>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="75"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="43"/>
        <location filename="../../secretary_app/ui/board/page.py" line="205"/>
        <source>Registrér en ny anmodning fra et medlem (Ctrl+N)</source>
        <translation>Register a new request from a member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="55"/>
        <source>Søg i titler, beskrivelser og mærker (Ctrl+F)</source>
        <translation>Search titles, descriptions and tags (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="65"/>
        <source>Alle frister</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="66"/>
        <source>Kun overskredne</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="67"/>
        <source>Frist inden 7 dage</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="74"/>
        <source>Medlem:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="132"/>
        <source>Opgavetavle</source>
        <translation>Task board</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="146"/>
        <source>Hele gruppen (åbne opgaver)</source>
        <translation>Whole group (open requests)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="152"/>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="217"/>
        <source>Alle mærker</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="324"/>
        <source>Åbn …</source>
        <translation>Open …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="325"/>
        <source>Flyt til</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="333"/>
        <source>Stop tidtagning</source>
        <translation>Stop timer</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="335"/>
        <source>Start tidtagning</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="336"/>
        <source>Vagt og beslutninger …</source>
        <translation>Guard and decisions …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="338"/>
        <source>Læg i papirkurven</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="403"/>
        <source>Flyt opgave</source>
        <translation>Move request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="457"/>
        <source>Læg opgave i papirkurven</source>
        <translation>Move request to trash</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="52"/>
        <source>Søg på tavlen</source>
        <translation>Search the board</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="77"/>
        <source>Arkiv …</source>
        <translation>Archive …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="79"/>
        <source>Færdige opgaver, der er ældre end indstillingen (Indstillinger), ligger i arkivet: søg og gendan dem</source>
        <translation>Done requests older than the setting (Settings) are in the archive: search and restore them</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="68"/>
        <location filename="../../secretary_app/ui/board/page.py" line="227"/>
        <source>Papirkurv …</source>
        <translation>Trash …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="227"/>
        <source>Papirkurv (%1) …</source>
        <translation>Trash (%1) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="41"/>
        <location filename="../../secretary_app/ui/board/page.py" line="200"/>
        <source>Ny opgave …</source>
        <translation>New request …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="189"/>
        <source>Opret et medlem først (Medlemmer › Nyt medlem …)</source>
        <translation>Add a member first (Members › New member …)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="190"/>
        <source>Gruppen har ingen medlemmer endnu. Opret gruppens medlemmer, så kan du tage imod deres opgaver her.</source>
        <translation>The group has no members yet. Add the group&apos;s members, then you can take in their requests here.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="191"/>
        <source>Nyt medlem …</source>
        <translation>New member …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="194"/>
        <source>Gruppen har ingen aktive opgavetyper (Opgavetyper)</source>
        <translation>The group has no active task types (Task types)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="195"/>
        <source>Gruppen har ingen aktive opgavetyper. Tilføj de opgavetyper, ordningen tillader, før du tager imod opgaver.</source>
        <translation>The group has no active task types. Add the task types the scheme permits before taking in requests.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="197"/>
        <source>Opgavetyper …</source>
        <translation>Task types …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="199"/>
        <source>Ingen åbne opgaver her. Registrér en anmodning, når et medlem beder om noget (Ctrl+N).</source>
        <translation>No open requests here. Register a request when a member asks for something (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="110"/>
        <source>Ctrl+N ny · Enter åbn · Ctrl+Shift+←/→ flyt · Alt+↑/↓ rækkefølge · Ctrl+←/→ skift kolonne · %1: læg i papirkurven · Ctrl+Z fortryd</source>
        <translation>Ctrl+N new · Enter open · Ctrl+Shift+←/→ move · Alt+↑/↓ order · Ctrl+←/→ switch column · %1: move to trash · Ctrl+Z undo</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="153"/>
        <location filename="../../secretary_app/ui/board/cards.py" line="173"/>
        <source>Frist %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="231"/>
        <source>Partipolitisk</source>
        <translation>Party-political</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="233"/>
        <source>Uden for hvervet</source>
        <translation>Outside the role</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="237"/>
        <source>Accepteret</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="160"/>
        <source>Tid %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="148"/>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="150"/>
        <source>i morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="152"/>
        <source>om %1 dage</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="145"/>
        <source>1 dag over fristen</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="146"/>
        <source>%1 dage over fristen</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="143"/>
        <source>1 dag over svarfristen</source>
        <translation>reply 1 day overdue</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="144"/>
        <source>%1 dage over svarfristen</source>
        <translation>reply %1 days overdue</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="153"/>
        <source>Svarfrist %1</source>
        <translation>Reply due %1</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="118"/>
        <source>Opgavetyper, som ordningen tillader for denne partigruppe (Kommunestyrelseslovens § 16, stk. 11). En type, der er i brug, kan deaktiveres, men ikke slettes.</source>
        <translation>Task types the scheme permits for this party group (Danish Local Government Act § 16(11)). A type in use can be deactivated but not deleted.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="123"/>
        <source>Ny type …</source>
        <translation>New type …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="124"/>
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="125"/>
        <source>Aktivér/deaktivér</source>
        <translation>Activate/deactivate</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="126"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="106"/>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="138"/>
        <source>Opgavetyper</source>
        <translation>Task types</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="168"/>
        <source>deaktivér opgavetype</source>
        <translation>deactivate task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="168"/>
        <source>aktivér opgavetype</source>
        <translation>activate task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="177"/>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="182"/>
        <source>Slet opgavetype</source>
        <translation>Delete task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="178"/>
        <source>Slet »%1«?</source>
        <translation>Delete &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="19"/>
        <source>Skift adgangssætning</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="20"/>
        <source>Nuværende adgangssætning</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="21"/>
        <source>Ny adgangssætning</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="22"/>
        <source>Gentag den nye adgangssætning</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="28"/>
        <source>Gendannelsesnøglen og nøgleringen virker som før; dine data krypteres ikke om.</source>
        <translation>The recovery key and the keyring work as before; your data is not re-encrypted.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="31"/>
        <source>&amp;Nuværende:</source>
        <translation>&amp;Current:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="32"/>
        <source>N&amp;y:</source>
        <translation>N&amp;ew:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="33"/>
        <source>&amp;Gentag ny:</source>
        <translation>&amp;Repeat new:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="42"/>
        <source>Skift</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="43"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/passphrase_dialog.py" line="56"/>
        <source>Styrke: %1</source>
        <translation>Strength: %1</translation>
    </message>
</context>
<context>
    <name>ClippingModel</name>
    <message>
        <location filename="../../secretary_app/ui/press/model.py" line="38"/>
        <source>Udgivet</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/model.py" line="38"/>
        <source>Medie</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/model.py" line="39"/>
        <source>Overskrift</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/model.py" line="39"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/model.py" line="57"/>
        <source>Hele gruppen</source>
        <translation>The whole group</translation>
    </message>
</context>
<context>
    <name>ColumnModel</name>
    <message>
        <location filename="../../secretary_app/ui/board/cards.py" line="51"/>
        <source>Tid %1</source>
        <translation>Time %1</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../secretary_app/ui/crash.py" line="47"/>
        <source>(rapporten kunne ikke gemmes)</source>
        <translation>(the report could not be saved)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/crash.py" line="48"/>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/crash.py" line="49"/>
        <source>Der opstod en uventet fejl i Medlemssekretær.

En fejlrapport er gemt her:
%1

Dine data er gemt til og med den seneste ændring. Gem eventuelt dit arbejde, luk programmet og start det igen. Sker det igen, så send fejlrapporten til jeres support. Den indeholder ingen titler, tekster eller navne.</source>
        <translation>An unexpected error occurred in Medlemssekretær.

An error report was saved here:
%1

Your data is saved up to the latest change. Save your work if you can, close the program and start it again. If it happens again, send the error report to your support. It contains no titles, texts or names.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="41"/>
        <source>Skriv en begrundelse – den gemmes i vagtens log.</source>
        <translation>Write a reason – it is saved in the guard&apos;s log.</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="144"/>
        <source>Denne uge</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="155"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="159"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="157"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="176"/>
        <source>Gem presseoversigt</source>
        <translation>Save press digest</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="140"/>
        <source>Hele gruppen</source>
        <translation>The whole group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="144"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="152"/>
        <source>Mailtekst (HTML)</source>
        <translation>Mail body (HTML)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="156"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="138"/>
        <source>Presseoversigt</source>
        <translation>Press digest</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="193"/>
        <source>Skriver presseoversigt …</source>
        <translation>Writing press digest …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="158"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="144"/>
        <source>Valgt periode</source>
        <translation>Chosen period</translation>
    </message>
</context>
<context>
    <name>DoneTimeDialog</name>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="21"/>
        <source>Tid brugt på opgaven</source>
        <translation>Time spent on the request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="23"/>
        <source>Der er ikke registreret tid på »%1«. Hvor lang tid tog den?</source>
        <translation>No time is logged on “%1”. How long did it take?</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="27"/>
        <source>Tid brugt</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="29"/>
        <source>Tid brugt:</source>
        <translation>Time spent:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="34"/>
        <source>Registrér tid</source>
        <translation>Log time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="35"/>
        <source>Spring over</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="36"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="37"/>
        <source>Flyt ikke opgaven</source>
        <translation>Do not move the request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="38"/>
        <source>Flyt opgaven til Færdig uden at registrere tid</source>
        <translation>Move the request to Done without logging time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/done_time.py" line="59"/>
        <source>Skriv tiden, fx 1:30 eller 90 min – eller vælg Spring over.</source>
        <translation>Enter the time, e.g. 1:30 or 90 min – or choose Skip.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="71"/>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="72"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="85"/>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="93"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="86"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="87"/>
        <source>Tidsgrænse for talen (0 = ingen)</source>
        <translation>Time limit for the speech (0 = none)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="94"/>
        <source> tegn</source>
        <translation> chars</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="95"/>
        <source>Tegngrænse, fx avisens debatsektion (0 = ingen)</source>
        <translation>Character limit, e.g. the newspaper&apos;s opinion section (0 = none)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="98"/>
        <source>Grænse:</source>
        <translation>Limit:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="199"/>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="252"/>
        <source>Gemt %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="222"/>
        <source>Ændret …</source>
        <translation>Modified …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="263"/>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="264"/>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="306"/>
        <source>Ikke gemt: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="321"/>
        <source>Sendt til medlemmerne: %1</source>
        <translation>Sent to members: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="322"/>
        <source>til medierne: %1</source>
        <translation>to the media: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="308"/>
        <source>Redigér udkast</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="90"/>
        <source>Højst antal tegn</source>
        <translation>At most characters</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="83"/>
        <source>Taletid, højst minutter</source>
        <translation>Speaking time, at most minutes</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/editor.py" line="110"/>
        <source>Udkastets tekst</source>
        <translation>The draft&apos;s text</translation>
    </message>
</context>
<context>
    <name>DraftTextEdit</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/text_edit.py" line="30"/>
        <source>Det indsatte er for langt (%1 tegn; et udkast må højst have %2 tegn). Intet er ændret.</source>
        <translation>The pasted text is too long (%1 characters; a draft may have at most %2 characters). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/text_edit.py" line="38"/>
        <source>%1 ugyldige kontroltegn (fx NUL-bytes) blev fjernet fra det indsatte.</source>
        <translation>%1 invalid control characters (e.g. NUL bytes) were removed from the pasted text.</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="94"/>
        <source>Søg i alle gruppens udkast (Ctrl+K)</source>
        <translation>Search all the group&apos;s drafts (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="109"/>
        <location filename="../../secretary_app/ui/drafts/page.py" line="226"/>
        <source>Nyt udkast …</source>
        <translation>New draft …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="111"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="115"/>
        <source>Medlem:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="98"/>
        <location filename="../../secretary_app/ui/drafts/page.py" line="151"/>
        <source>Udkast</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="162"/>
        <source>Alle medlemmer</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="191"/>
        <source>%1 udkast</source>
        <translation>%1 drafts</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="305"/>
        <source>Slet udkast »%1«</source>
        <translation>Delete draft &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="357"/>
        <source>Pressemeddelelse</source>
        <translation>Press release</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="362"/>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="362"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="363"/>
        <source>Tekst (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="363"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="365"/>
        <source>Eksportér udkast</source>
        <translation>Export draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="389"/>
        <source>Eksporteret til %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="395"/>
        <source>Eksporten mislykkedes: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="282"/>
        <source>Nyt udkast</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="413"/>
        <source>Eksporterer udkast …</source>
        <translation>Exporting the draft …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="384"/>
        <source>Eksporten blev afbrudt efter vagtens advarsel.</source>
        <translation>The export was stopped after the guard&apos;s warning.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="92"/>
        <source>Søg i udkast</source>
        <translation>Search drafts</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="215"/>
        <source>Skriv en tale, et debatindlæg, en pressemeddelelse eller et notat (Ctrl+N)</source>
        <translation>Write a speech, an op-ed, a press release or a memo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="216"/>
        <source>Opret et medlem først (Medlemmer › Nyt medlem …)</source>
        <translation>Add a member first (Members › New member …)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="218"/>
        <source>Læg det valgte udkast i papirkurven</source>
        <translation>Move the selected draft to the trash</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="219"/>
        <source>Vælg et udkast først</source>
        <translation>Select a draft first</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="221"/>
        <source>Et udkast skrives for et af gruppens medlemmer, og gruppen har ingen medlemmer endnu.</source>
        <translation>A draft is written for one of the group&apos;s members, and the group has no members yet.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="222"/>
        <source>Nyt medlem …</source>
        <translation>New member …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="224"/>
        <source>Ingen udkast endnu. Skriv en tale, et debatindlæg, en pressemeddelelse eller et notat; teksten gemmes, mens du skriver.</source>
        <translation>No drafts yet. Write a speech, an op-ed, a press release or a memo; the text is saved as you type.</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../secretary_app/ui/duration_edit.py" line="14"/>
        <source>ikke anslået – fx 2:00, 2 t eller 90 min</source>
        <translation>not estimated – e.g. 2:00, 2 h or 90 min</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/duration_edit.py" line="15"/>
        <source>Skriv tiden som 2:00, 2 t, 1,5 t eller 90 min; den vises som t:mm</source>
        <translation>Write the time as 2:00, 2 h, 1.5 h or 90 min; it is shown as h:mm</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/duration_edit.py" line="16"/>
        <source>Anslået tid</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/duration_edit.py" line="17"/>
        <source>Timer og minutter, fx 2:00, 2 t eller 90 min</source>
        <translation>Hours and minutes, e.g. 2:00, 2 h or 90 min</translation>
    </message>
</context>
<context>
    <name>EncryptionSetupDialog</name>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="36"/>
        <source>Beskyt databasen</source>
        <translation>Protect the database</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="50"/>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="159"/>
        <source>Kryptér databasen</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="57"/>
        <source>Databasen kommer til at rumme politiske oplysninger om gruppens medlemmer. Krypteret kan den ikke læses af den, der finder en bortkommen computer eller en sikkerhedskopi.

Til daglig låser styresystemets nøglering op uden spørgsmål. Adgangssætningen bruges, hvis nøgleringen ikke kan, og bagefter får du en gendannelsesnøgle, hvis du glemmer adgangssætningen.</source>
        <translation>The database will hold political information about the group&apos;s members. Encrypted, it cannot be read by whoever finds a lost computer or a backup.

Day to day, the operating system&apos;s keyring unlocks it without asking. The passphrase is used when the keyring cannot, and afterwards you get a recovery key in case you forget the passphrase.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="62"/>
        <source>Kryptér databasen (anbefalet)</source>
        <translation>Encrypt the database (recommended)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="65"/>
        <source>Uden kryptering</source>
        <translation>Without encryption</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="67"/>
        <source>Adgangssætning</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="67"/>
        <source>Mindst 8 tegn; flere ord er lette at huske og svære at gætte</source>
        <translation>At least 8 characters; several words are easy to remember and hard to guess</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="70"/>
        <source>Gentag adgangssætningen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="79"/>
        <source>&amp;Adgangssætning:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="80"/>
        <source>&amp;Gentag:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="87"/>
        <source>Uden kryptering kan alle, der får fat i computeren, dens disk eller en sikkerhedskopi, læse medlemmernes oplysninger, også politiske holdninger. Du kan kryptere senere med secretary-app encrypt.</source>
        <translation>Without encryption, anyone who gets hold of the computer, its disk or a backup can read the members&apos; information, political opinions included. You can encrypt later with secretary-app encrypt.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="95"/>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="129"/>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="156"/>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="202"/>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="98"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="121"/>
        <source>Styrke: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="129"/>
        <source>Fortsæt uden kryptering</source>
        <translation>Continue without encryption</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="146"/>
        <source>Krypterer …</source>
        <translation>Encrypting …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="166"/>
        <source>Din gendannelsesnøgle</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="172"/>
        <source>Databasen er krypteret. Med denne nøgle kan du åbne den, hvis du glemmer adgangssætningen eller flytter til en ny computer. Den vises kun denne ene gang: skriv den ned eller udskriv den, og gem den et sikkert sted, ikke på denne computer.</source>
        <translation>The database is encrypted. With this key you can open it if you forget the passphrase or move to a new computer. It is shown only this once: write it down or print it, and keep it somewhere safe, not on this computer.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="185"/>
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="188"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="191"/>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="198"/>
        <source>Jeg har gemt gendannelsesnøglen</source>
        <translation>I have stored the recovery key</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="205"/>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="208"/>
        <source>Sæt først flueben ved, at du har gemt nøglen</source>
        <translation>First tick that you have stored the key</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="228"/>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="234"/>
        <source>Databasen er allerede krypteret. Gem nøglen, og sæt flueben, før du går videre.</source>
        <translation>The database is already encrypted. Store the key and tick the box before you go on.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="250"/>
        <source>gendannelsesnøgle</source>
        <translation>recovery key</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="251"/>
        <source>Med denne nøgle kan databasen åbnes, hvis adgangssætningen er glemt. Gem papiret et sikkert sted, adskilt fra computeren.</source>
        <translation>With this key the database can be opened if the passphrase is forgotten. Keep the paper in a safe place, apart from the computer.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="261"/>
        <source>Kopieret. Sæt den ind i din adgangskodemanager, og ryd udklipsholderen bagefter.</source>
        <translation>Copied. Paste it into your password manager, and clear the clipboard afterwards.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="269"/>
        <source>Udskriv gendannelsesnøglen</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="272"/>
        <source>Sendt til printeren.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="282"/>
        <source>Gem gendannelsesnøglen som PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="294"/>
        <source>Ikke gemt: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/encryption_setup.py" line="296"/>
        <source>Gemt som %1. Flyt filen væk fra computeren, fx til en USB-nøgle, du gemmer for sig.</source>
        <translation>Saved as %1. Move the file off the computer, e.g. to a USB stick you keep separately.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/find_bar.py" line="19"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/find_bar.py" line="22"/>
        <source>Erstat med</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/find_bar.py" line="24"/>
        <source>Forrige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/find_bar.py" line="25"/>
        <source>Næste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/find_bar.py" line="26"/>
        <source>Erstat</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/find_bar.py" line="27"/>
        <source>Erstat alle</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/find_bar.py" line="62"/>
        <source>Ikke fundet</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/find_bar.py" line="85"/>
        <source>%1 erstattet</source>
        <translation>%1 replaced</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../secretary_app/ui/forms.py" line="94"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/forms.py" line="95"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/forms.py" line="138"/>
        <source>Der opstod en uventet fejl; intet blev gemt.</source>
        <translation>An unexpected error occurred; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="26"/>
        <source>Brødtekst</source>
        <translation>Body text</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="26"/>
        <source>Overskrift 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="27"/>
        <source>Overskrift 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="27"/>
        <source>Overskrift 3</source>
        <translation>Heading 3</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="48"/>
        <source>F</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="48"/>
        <source>Fed</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="50"/>
        <source>K</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="50"/>
        <source>Kursiv</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="52"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="52"/>
        <source>Understreget</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="62"/>
        <source>Punkter</source>
        <translation>Bullets</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="62"/>
        <source>Punktopstilling</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="65"/>
        <source>Nummereret</source>
        <translation>Numbered</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="65"/>
        <source>Nummereret liste</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="69"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="70"/>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="71"/>
        <source>Søg/erstat</source>
        <translation>Find/replace</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="71"/>
        <source>Søg og erstat i teksten</source>
        <translation>Find and replace in the text</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="79"/>
        <source>Versioner …</source>
        <translation>Versions …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="79"/>
        <source>Gem, sammenlign og gendan versioner</source>
        <translation>Save, compare and restore versions</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="83"/>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="85"/>
        <source>Word (DOCX) …</source>
        <translation>Word (DOCX) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="85"/>
        <source>PDF (A4) …</source>
        <translation>PDF (A4) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="86"/>
        <source>Ren tekst (TXT) …</source>
        <translation>Plain text (TXT) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="86"/>
        <source>Markdown (MD) …</source>
        <translation>Markdown (MD) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="91"/>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="98"/>
        <source>Talefremvisning</source>
        <translation>Speaking view</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="91"/>
        <source>Øv talen i fuld skærm i medlemmets tempo</source>
        <translation>Rehearse the speech full screen at the member&apos;s pace</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="100"/>
        <source>Udsendt …</source>
        <translation>Sent out …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/formatting.py" line="100"/>
        <source>Hvornår pressemeddelelsen blev sendt til medlemmerne og til medierne</source>
        <translation>When the press release was sent to the members and to the media</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="14"/>
        <location filename="../../secretary_app/ui/group_dialog.py" line="34"/>
        <source>Redigér partigruppe</source>
        <translation>Edit party group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="14"/>
        <location filename="../../secretary_app/ui/group_dialog.py" line="32"/>
        <source>Ny partigruppe</source>
        <translation>New party group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="22"/>
        <source>fx A, F, V, Ø</source>
        <translation>e.g. A, F, V, Ø</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="23"/>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="24"/>
        <source>Listebogstav:</source>
        <translation>List letter:</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="474"/>
        <source>Vagt for opgaven</source>
        <translation>Guard for the request</translation>
    </message>
</context>
<context>
    <name>GuardExport</name>
    <message>
        <location filename="../../secretary_app/ui/guard_export.py" line="23"/>
        <source>fundne ord</source>
        <translation>words found</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_export.py" line="23"/>
        <source>i sætningen</source>
        <translation>in the sentence</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_export.py" line="25"/>
        <source>Vagtens model</source>
        <translation>The guard&apos;s model</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_export.py" line="37"/>
        <source>Vagten har markeret udkastet</source>
        <translation>The guard has flagged the draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_export.py" line="38"/>
        <source>partipolitisk arbejde</source>
        <translation>party-political work</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_export.py" line="39"/>
        <source>private forhold</source>
        <translation>private matters</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_export.py" line="40"/>
        <source>Udkastet ligner %1. Vil du eksportere det alligevel?</source>
        <translation>The draft looks like %1. Export it anyway?</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_export.py" line="62"/>
        <source>Vagtens tjek af udkastet</source>
        <translation>The guard&apos;s check of the draft</translation>
    </message>
</context>
<context>
    <name>GuardModel</name>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="28"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="28"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="28"/>
        <source>Opgave</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="28"/>
        <source>Vurdering</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="29"/>
        <source>Grunde</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="29"/>
        <source>Begrundelse</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="31"/>
        <source>Inden for</source>
        <translation>Within</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="31"/>
        <source>Partipolitisk</source>
        <translation>Party-political</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="32"/>
        <source>Uden for hvervet</source>
        <translation>Outside the office</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="33"/>
        <source>Markeret</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="33"/>
        <source>Afvist</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="34"/>
        <source>Accepteret</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="34"/>
        <source>Omskrevet</source>
        <translation>Rewritten</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="35"/>
        <source>Vagten markerede teksten, da opgaven blev gemt</source>
        <translation>The guard flagged the text when the request was saved</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="36"/>
        <source>Opgaven blev afvist</source>
        <translation>The request was declined</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="37"/>
        <source>Accepteret med skriftlig begrundelse</source>
        <translation>Accepted with a written justification</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="38"/>
        <source>Teksten blev omskrevet</source>
        <translation>The text was rewritten</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/guard_table.py" line="44"/>
        <source>fundne ord</source>
        <translation>words found</translation>
    </message>
</context>
<context>
    <name>GuardPanel</name>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="82"/>
        <source>Vagt: partipolitisk arbejde og private forhold</source>
        <translation>Guard: party-political work and private matters</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="97"/>
        <source>Afvis …</source>
        <translation>Decline …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="98"/>
        <source>Accepter med begrundelse …</source>
        <translation>Accept with reason …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="99"/>
        <source>Omskriv</source>
        <translation>Rewrite</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="100"/>
        <location filename="../../secretary_app/ui/guard_panel.py" line="308"/>
        <source>Afvis opgaven; begrundelsen gemmes på opgaven og i loggen</source>
        <translation>Decline the request; the reason is saved on the request and in the log</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="101"/>
        <source>Løs opgaven alligevel; en skriftlig begrundelse er påkrævet</source>
        <translation>Do the request anyway; a written reason is required</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="102"/>
        <source>Omformulér opgaven, så den ligger inden for hvervet</source>
        <translation>Rephrase the request so it falls within the role</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="118"/>
        <location filename="../../secretary_app/ui/guard_panel.py" line="425"/>
        <source>Vagtens log for opgaven</source>
        <translation>Guard log for the request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="231"/>
        <source>Inden for ordningen – ingen tegn på partipolitisk arbejde eller private forhold.</source>
        <translation>Within the scheme – no sign of party-political work or private matters.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="244"/>
        <source>fundne ord</source>
        <translation>words found</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="245"/>
        <source>i sætningen</source>
        <translation>in the sentence</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="255"/>
        <location filename="../../secretary_app/ui/guard_panel.py" line="365"/>
        <location filename="../../secretary_app/ui/guard_panel.py" line="458"/>
        <source>vagtens model</source>
        <translation>the guard&apos;s model</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="307"/>
        <source>Gem opgaven først, så beslutningen kan logges</source>
        <translation>Save the request first so the decision can be logged</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="317"/>
        <source>Afvis opgaven</source>
        <translation>Decline request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="318"/>
        <source>Hvorfor afvises opgaven? Begrundelsen gemmes på opgaven og i vagtens log.</source>
        <translation>Why is the request declined? The reason is saved on the request and in the guard&apos;s log.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="383"/>
        <source>Accepter med begrundelse</source>
        <translation>Accept with reason</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="384"/>
        <source>Vagten har markeret opgaven. Skriv, hvorfor den alligevel ligger inden for hvervet (påkrævet – gemmes i vagtens log og i månedsrapporten).</source>
        <translation>The guard has flagged the request. Write why it still falls within the role (required – saved in the guard&apos;s log and in the monthly report).</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="394"/>
        <source>Gem opgaven først, så beslutningen kan logges.</source>
        <translation>Save the request first so the decision can be logged.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="423"/>
        <source>Vagtens log vises, når opgaven er gemt.</source>
        <translation>The guard&apos;s log is shown once the request is saved.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="426"/>
        <source>Tjek</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="426"/>
        <source>Afvist</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="427"/>
        <source>Accepteret med begrundelse</source>
        <translation>Accepted with reason</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="427"/>
        <source>Omskrevet</source>
        <translation>Rewritten</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="436"/>
        <source>Vagten</source>
        <translation>Guard</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="440"/>
        <source>Grunde: %1</source>
        <translation>Reasons: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="442"/>
        <source>Begrundelse: %1</source>
        <translation>Justification: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="449"/>
        <source>Seneste beslutning: %1 (%2)</source>
        <translation>Latest decision: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="206"/>
        <source>Vagtens tjek</source>
        <translation>Guard check</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="413"/>
        <source>Vagtens beslutning</source>
        <translation>Guard decision</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="411"/>
        <source>Beslutningen blev ikke gemt.</source>
        <translation>The decision was not saved.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_panel.py" line="122"/>
        <source>Vagtens log</source>
        <translation>The guard&apos;s log</translation>
    </message>
</context>
<context>
    <name>GuardSaveChoice</name>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="55"/>
        <source>Vagten har markeret opgaven</source>
        <translation>The guard has flagged the request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="57"/>
        <source>Hvad vil du gøre?</source>
        <translation>What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="59"/>
        <source>Grunde: %1</source>
        <translation>Reasons: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="62"/>
        <source>Gem og afvis</source>
        <translation>Save and decline</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="63"/>
        <source>Gem og accepter med begrundelse …</source>
        <translation>Save and accept with a justification …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="64"/>
        <source>Omskriv</source>
        <translation>Rewrite</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="65"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="66"/>
        <source>Gem opgaven som afvist; begrundelsen gemmes på opgaven og i vagtens log</source>
        <translation>Save the request as declined; the reason is kept on the request and in the guard&apos;s log</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="67"/>
        <source>Gem opgaven og løs den alligevel; en skriftlig begrundelse er påkrævet</source>
        <translation>Save the request and do it anyway; a written justification is required</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/guard_choice.py" line="68"/>
        <source>Gem ikke; gå tilbage til teksten med den markerede sætning valgt</source>
        <translation>Do not save; go back to the text with the flagged sentence selected</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="20"/>
        <location filename="../../secretary_app/ui/help.py" line="21"/>
        <location filename="../../secretary_app/ui/help.py" line="22"/>
        <location filename="../../secretary_app/ui/help.py" line="24"/>
        <location filename="../../secretary_app/ui/help.py" line="26"/>
        <location filename="../../secretary_app/ui/help.py" line="28"/>
        <source>Opgavetavle</source>
        <translation>Task board</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="20"/>
        <source>Ny opgave</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="21"/>
        <source>Søg på tavlen</source>
        <translation>Search the board</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="23"/>
        <source>Flyt kortet til næste/forrige kolonne</source>
        <translation>Move the card to the next/previous column</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="25"/>
        <source>Flyt kortet op/ned i kolonnen</source>
        <translation>Move the card up/down in its column</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="27"/>
        <source>Gå til næste/forrige kolonne</source>
        <translation>Go to the next/previous column</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="29"/>
        <source>Læg kortet i papirkurven</source>
        <translation>Move the card to the trash</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="30"/>
        <source>Opgave</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="30"/>
        <source>Gem opgaven</source>
        <translation>Save the request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="31"/>
        <location filename="../../secretary_app/ui/help.py" line="32"/>
        <location filename="../../secretary_app/ui/help.py" line="33"/>
        <location filename="../../secretary_app/ui/help.py" line="35"/>
        <source>Udkast</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="31"/>
        <source>Nyt udkast</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="32"/>
        <source>Søg i udkast</source>
        <translation>Search drafts</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="34"/>
        <source>Søg / søg og erstat i teksten</source>
        <translation>Find / find and replace in the text</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="35"/>
        <source>Talefremvisning</source>
        <translation>Speaking view</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="36"/>
        <source>Aktivitetslog</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="37"/>
        <source>Forrige/næste måned</source>
        <translation>Previous/next month</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="38"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="38"/>
        <source>Nyt medlem</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="62"/>
        <location filename="../../secretary_app/ui/help.py" line="108"/>
        <location filename="../../secretary_app/ui/help.py" line="110"/>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="63"/>
        <source>Tab og Shift+Tab flytter mellem felterne; Alt og det understregede bogstav åbner en menu.</source>
        <translation>Tab and Shift+Tab move between fields; Alt and the underlined letter open a menu.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="65"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="65"/>
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="66"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="78"/>
        <source>Vejledningen mangler i installationen</source>
        <translation>The manual is missing from the installation</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="93"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="105"/>
        <location filename="../../secretary_app/ui/help.py" line="107"/>
        <source>Vejledning</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="150"/>
        <source>Mødet er afholdt, så der er ingen frist foreslået. Sæt en frist, hvis opgaven stadig skal løses.</source>
        <translation>The meeting has been held, so no due date is suggested. Set one if the request still needs doing.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="153"/>
        <source>Mødet er i dag, så der er ingen frist før mødet.</source>
        <translation>The meeting is today, so there is no due date before it.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="120"/>
        <source>Tale</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="115"/>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="180"/>
        <source>Opret opgave</source>
        <translation>Create request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="115"/>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="185"/>
        <source>Opret udkast</source>
        <translation>Create draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="133"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="139"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="140"/>
        <source>Opgavetype</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="140"/>
        <source>Slags udkast</source>
        <translation>Kind of draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="141"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="162"/>
        <source>Opgave</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="174"/>
        <source>Gruppen har ingen aktive medlemmer.</source>
        <translation>The group has no active members.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../secretary_app/ui/lock/controller.py" line="109"/>
        <source>Lås nu</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/controller.py" line="112"/>
        <source>Skjul dine data, til du låser op igen (Ctrl+L)</source>
        <translation>Hide your data until you unlock again (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/controller.py" line="128"/>
        <source>%1 – låst</source>
        <translation>%1 – locked</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/controller.py" line="197"/>
        <source>Nøgleringen kunne ikke låse op. Skriv adgangssætningen, eller brug gendannelsesnøglen.</source>
        <translation>The keyring could not unlock. Enter the passphrase, or use the recovery key.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/controller.py" line="202"/>
        <source>Uventet fejl (%1). Se logfilen i datamappen.</source>
        <translation>Unexpected error (%1). See the log file in the data folder.</translation>
    </message>
</context>
<context>
    <name>MailIntakeController</name>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="153"/>
        <source>%1 allerede importeret</source>
        <translation>%1 already imported</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="82"/>
        <source>%1 er allerede importeret.</source>
        <translation>%1 has already been imported.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="161"/>
        <source>%1 mails er fra ukendte afsendere; vælg medlemmet for hver.</source>
        <translation>%1 mails are from unknown senders; choose the member for each.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="149"/>
        <source>%1 mails føjet til tråde</source>
        <translation>%1 mails added to threads</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="155"/>
        <source>%1 ikke importeret (annulleret)</source>
        <translation>%1 not imported (cancelled)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="151"/>
        <source>%1 møder</source>
        <translation>%1 meetings</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="148"/>
        <source>%1 nye opgaver</source>
        <translation>%1 new requests</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="158"/>
        <source>Ikke importeret:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="135"/>
        <source>Importerer %1 mails …</source>
        <translation>Importing %1 mails …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="36"/>
        <location filename="../../secretary_app/ui/mail/intake.py" line="188"/>
        <source>Importér mail</source>
        <translation>Import mail</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="88"/>
        <source>Mail føjet til opgave</source>
        <translation>Mail added to request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="118"/>
        <source>Mailen er føjet til opgaven »%1«.</source>
        <translation>The mail was added to the request &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="37"/>
        <source>Mails (*.msg *.eml);;Alle filer (*)</source>
        <translation>Mails (*.msg *.eml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="85"/>
        <source>Møde fra mail</source>
        <translation>Meeting from mail</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="116"/>
        <source>Mødeindkaldelsen »%1« er lagt i møderne.</source>
        <translation>The meeting request &apos;%1&apos; was added to the meetings.</translation>
    </message>
</context>
<context>
    <name>MailPanel</name>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="146"/>
        <source>%1 er et program eller en makrofil og åbnes ikke herfra. Filen ligger i %2.</source>
        <translation>%1 is a program or a macro file and is not opened from here. The file is in %2.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="76"/>
        <source>Bilag:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="58"/>
        <source>Åbn bilag</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="59"/>
        <source>Åbn original mail</source>
        <translation>Open original mail</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="60"/>
        <source>Svar …</source>
        <translation>Reply …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="62"/>
        <source>Videresend til forvaltningen …</source>
        <translation>Forward to the administration …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="74"/>
        <source>Historik:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="102"/>
        <source>Svar: </source>
        <translation>Reply: </translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="102"/>
        <source>Til forvaltningen: </source>
        <translation>To the administration: </translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="125"/>
        <source>Fra: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="125"/>
        <source>Til: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="126"/>
        <source>Emne: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="131"/>
        <source>Det gik ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="176"/>
        <source>Svar til medlemmet</source>
        <translation>Reply to the member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="176"/>
        <source>Dit svar (den seneste mail citeres under det):</source>
        <translation>Your answer (the latest mail is quoted below it):</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="185"/>
        <source>Svar på mail</source>
        <translation>Reply to mail</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="194"/>
        <source>Forvaltningens postkasse</source>
        <translation>The administration&apos;s mailbox</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="195"/>
        <source>Kommunens postkasse til politikerspørgsmål (gemmes for kommunen):</source>
        <translation>The council&apos;s mailbox for questions to the administration (saved for the council):</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="210"/>
        <source>Videresend til forvaltningen</source>
        <translation>Forward to the administration</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="223"/>
        <source>Udkastet er gemt som %1.</source>
        <translation>The draft was saved as %1.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="225"/>
        <source>Svarfrist: %1.</source>
        <translation>Answer due: %1.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="227"/>
        <source>Åbn det i dit mailprogram.</source>
        <translation>Open it in your mail program.</translation>
    </message>
</context>
<context>
    <name>MailRequestDialog</name>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="32"/>
        <source>%1 bilag</source>
        <translation>%1 attachments</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="43"/>
        <source>(uden adresse)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="42"/>
        <source>Afsenderen %1 er ikke et kendt medlem: vælg medlemmet nedenfor.</source>
        <translation>The sender %1 is not a known member: choose the member below.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="51"/>
        <source>– vælg medlem –</source>
        <translation>– choose member –</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="92"/>
        <source>Vælg medlemmet, som mailen er fra.</source>
        <translation>Choose the member the mail is from.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="29"/>
        <source>Fra: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="93"/>
        <source>Gruppen har ingen aktive medlemmer; opret et medlem først.</source>
        <translation>The group has no active members; create a member first.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="40"/>
        <source>Husk %1 som medlemmets adresse</source>
        <translation>Remember %1 as the member&apos;s address</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="20"/>
        <source>Ny opgave fra mail: %1</source>
        <translation>New request from mail: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="110"/>
        <source>Opgave fra mail</source>
        <translation>Request from mail</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/dialog.py" line="29"/>
        <source>ukendt afsender</source>
        <translation>unknown sender</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="339"/>
        <source>Nødtilstand: databasen mangler; der er ikke oprettet en ny</source>
        <translation>Rescue mode: the database is missing; no new one was created</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="66"/>
        <location filename="../../secretary_app/ui/main_window.py" line="112"/>
        <source>Partigruppe</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="70"/>
        <source>Partigruppe:</source>
        <translation>Party group:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/first_start.py" line="21"/>
        <source>Opret først en partigruppe: Start med en tom database eller Prøv med demodata på velkomstsiden (eller Filer › Ny partigruppe …)</source>
        <translation>Create a party group first: Start with an empty database or Try with demo data on the welcome page (or File › New party group …)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/first_start.py" line="64"/>
        <source>Opret først en partigruppe</source>
        <translation>Create a party group first</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/first_start.py" line="89"/>
        <location filename="../../secretary_app/ui/main_window.py" line="74"/>
        <source>Vælg den partigruppe, du arbejder for (Ctrl+G)</source>
        <translation>Choose the party group you are working for (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/first_start.py" line="134"/>
        <source>Opretter demodata …</source>
        <translation>Creating demo data …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/first_start.py" line="141"/>
        <location filename="../../secretary_app/ui/first_start.py" line="161"/>
        <source>Fjern demodata</source>
        <translation>Remove demo data</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/first_start.py" line="142"/>
        <source>Fjern alle demodata (den fiktive kommune, dens partigrupper, medlemmer, opgaver, udkast og møder)?

Det, du selv har oprettet, bliver. Der tages en sikkerhedskopi først.</source>
        <translation>Remove all demo data (the fictional council, its party groups, members, requests, drafts and meetings)?

What you created yourself stays. A backup is taken first.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/first_start.py" line="151"/>
        <source>Demodata fjernet (%1 rækker).</source>
        <translation>Demo data removed (%1 rows).</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="83"/>
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="108"/>
        <source>Starter …</source>
        <translation>Starting …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="127"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="128"/>
        <source>Ny partigruppe …</source>
        <translation>New party group …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="130"/>
        <source>Redigér partigruppe …</source>
        <translation>Edit party group …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="132"/>
        <source>Indstillinger …</source>
        <translation>Settings …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="135"/>
        <location filename="../../secretary_app/ui/smoke.py" line="68"/>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="144"/>
        <source>Sikkerhedskopi nu</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="147"/>
        <source>Gendan …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="169"/>
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="170"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="171"/>
        <source>Skift partigruppe</source>
        <translation>Switch party group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="175"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="115"/>
        <location filename="../../secretary_app/ui/help.py" line="127"/>
        <source>Om Medlemssekretær</source>
        <translation>About Medlemssekretær</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="256"/>
        <source>Databasen kunne ikke åbnes.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="258"/>
        <source>Databasen kunne ikke åbnes</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="268"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="305"/>
        <source>Demodata oprettet. </source>
        <translation>Demo data created. </translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="307"/>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/help.py" line="129"/>
        <source>&lt;p&gt;Værktøj til partigruppens medlemssekretær: opgaver, vagt mod partipolitisk arbejde, udkast, møder og aktivitetslog.&lt;/p&gt;&lt;p&gt;Alle data bliver på denne computer. Ingen netværksadgang, ingen telemetri.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A tool for the party group&apos;s member secretary: requests, a guard against party-political work, drafts, meetings and the activity log.&lt;/p&gt;&lt;p&gt;All data stays on this computer. No network access, no telemetry.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="209"/>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="222"/>
        <source>Tager sikkerhedskopi …</source>
        <translation>Backing up …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="214"/>
        <source>Sikkerhedskopi gemt og kontrolleret: %1</source>
        <translation>Backup saved and checked: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="219"/>
        <source>Sikkerhedskopien mislykkedes</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="220"/>
        <source>Sikkerhedskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="250"/>
        <source>Den beskadigede database omdøbes og bliver liggende uændret; derefter gendannes sikkerhedskopien:

%1

Fortsæt?</source>
        <translation>The damaged database is renamed and left unchanged; then the backup is restored:

%1

Continue?</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="253"/>
        <source>Databasen erstattes med sikkerhedskopien:

%1

Den nuværende database gemmes først som en kopi (»før gendannelse«). Ændringer efter kopien forsvinder fra programmet. Fortsæt?</source>
        <translation>The database is replaced with the backup:

%1

The current database is first saved as a copy (&apos;before restore&apos;). Changes made after the backup will disappear from the app. Continue?</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="257"/>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="292"/>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="318"/>
        <source>Gendan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="311"/>
        <source>Gendannet fra %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="313"/>
        <source>Den tidligere database er gemt som %1.</source>
        <translation>The previous database is saved as %1.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="315"/>
        <source>Den beskadigede database er omdøbt, uændret, til %1.</source>
        <translation>The damaged database has been renamed, unchanged, to %1.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="338"/>
        <source>Nødtilstand: databasen er beskadiget og er ikke ændret</source>
        <translation>Rescue mode: the database is damaged and has not been changed</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="342"/>
        <source>Nødtilstand</source>
        <translation>Rescue mode</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="295"/>
        <source>Gendanner …</source>
        <translation>Restoring …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="290"/>
        <source>Gendannelsen mislykkedes (%1); intet blev erstattet.</source>
        <translation>The restore failed (%1); nothing was replaced.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="255"/>
        <source>Uventet fejl (%1). Se logfilen i datamappen.</source>
        <translation>Unexpected error (%1). See the log file in the data folder.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="114"/>
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="113"/>
        <source>Vælg den partigruppe, du arbejder for</source>
        <translation>Choose the party group you work for</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="115"/>
        <source>Vælg en side; Ctrl+1 til Ctrl+7 springer direkte</source>
        <translation>Choose a page; Ctrl+1 to Ctrl+7 jump straight there</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="152"/>
        <source>Fjern demodata …</source>
        <translation>Remove demo data …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/first_start.py" line="175"/>
        <location filename="../../secretary_app/ui/main_window.py" line="155"/>
        <source>Databasen indeholder ingen demodata</source>
        <translation>The database holds no demo data</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="363"/>
        <source>DEMO (fiktive data)</source>
        <translation>DEMO (fictional data)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="160"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="417"/>
        <source>Udskriv virker på opgavetavlen, et åbent udkast og aktivitetsloggen, når de viser noget</source>
        <translation>Print works on the board, an open draft and the activity log when they show something</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="270"/>
        <source>Annuller fortryd</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="45"/>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="99"/>
        <source>Redigér møde</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="45"/>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="95"/>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="56"/>
        <source>fx Borgerrepræsentationen, Økonomiudvalget, KKR Hovedstaden</source>
        <translation>e.g. Borgerrepræsentationen, Økonomiudvalget, KKR Hovedstaden</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="67"/>
        <source>Mødetype</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="68"/>
        <source>Mødeforum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="69"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="70"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="71"/>
        <source>Starter</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="72"/>
        <source>Slutter</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="73"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="74"/>
        <source>Gruppemøde fra</source>
        <translation>Group meeting from</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="75"/>
        <source>Gruppemøde til</source>
        <translation>Group meeting to</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/dialogs.py" line="76"/>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="131"/>
        <source>Enter eller dobbeltklik åbner opgaven eller udkastet.</source>
        <translation>Enter or a double-click opens the request or draft.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="350"/>
        <source>frist %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="354"/>
        <source>Dobbeltklik for at åbne opgaven</source>
        <translation>Double-click to open the request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="359"/>
        <source>Dobbeltklik for at åbne udkastet</source>
        <translation>Double-click to open the draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="61"/>
        <source>Nyt møde …</source>
        <translation>New meeting …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="62"/>
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="63"/>
        <location filename="../../secretary_app/ui/meetings/page.py" line="435"/>
        <location filename="../../secretary_app/ui/meetings/page.py" line="446"/>
        <source>Slet møde</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="64"/>
        <source>Importér dagsorden …</source>
        <translation>Import agenda …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="65"/>
        <location filename="../../secretary_app/ui/meetings/page.py" line="401"/>
        <source>Importér mødeplan …</source>
        <translation>Import meeting schedule …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="66"/>
        <source>Eksportér kalender (.ics) …</source>
        <translation>Export calendar (.ics) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="95"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="95"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="95"/>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="95"/>
        <source>Punkter</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="114"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="114"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="114"/>
        <source>Sagsnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="114"/>
        <source>Koblet</source>
        <translation>Linked</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="122"/>
        <source>Opret opgave …</source>
        <translation>Create request …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="123"/>
        <source>Opret udkast …</source>
        <translation>Create draft …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="134"/>
        <source>Koblet til punktet:</source>
        <translation>Linked to the agenda item:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="173"/>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="226"/>
        <source>%1: %2 møder</source>
        <translation>%1: %2 meetings</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="280"/>
        <source>&lt;i&gt;Ingen møder i denne måned. Opret et møde eller importér en dagsorden eller mødeplan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No meetings this month. Create a meeting or import an agenda or meeting schedule.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="289"/>
        <source>kl.</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="295"/>
        <source>Sted: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="298"/>
        <source>Gruppemøde: kl. %1</source>
        <translation>Group meeting: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="318"/>
        <source>Mødet har ingen dagsorden endnu. Importér den (Importér dagsorden …), så kan du koble opgaver og udkast til punkterne.</source>
        <translation>The meeting has no agenda yet. Import it (Import agenda …) to link requests and drafts to its items.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="320"/>
        <source>Vælg et punkt på dagsordenen.</source>
        <translation>Choose an item on the agenda.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="328"/>
        <source>Sagsnr. %1</source>
        <translation>Case no. %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="331"/>
        <source>%1 bilag (./.)</source>
        <translation>%1 attachments (./.)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="351"/>
        <source>Opgave: %1 – %2</source>
        <translation>Request: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="356"/>
        <source>Udkast: %1 – %2</source>
        <translation>Draft: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="361"/>
        <source>Intet koblet endnu.</source>
        <translation>Nothing linked yet.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="436"/>
        <source>Slet mødet %1 og dets dagsorden? Opgaver og udkast, der er koblet til punkterne, bevares, men mister koblingen.</source>
        <translation>Delete the meeting %1 and its agenda? Requests and drafts linked to its agenda items are kept but lose the link.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="457"/>
        <location filename="../../secretary_app/ui/meetings/page.py" line="468"/>
        <source>Eksportér kalender</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="458"/>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="471"/>
        <source>Skrev %1 begivenheder til %2.</source>
        <translation>Wrote %1 events to %2.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="116"/>
        <source>Dagsordenens punkter</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="128"/>
        <source>Koblet til punktet</source>
        <translation>Linked to the item</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="83"/>
        <source>Mødekalender</source>
        <translation>Meeting calendar</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="97"/>
        <source>Møder i måneden</source>
        <translation>Meetings this month</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="120"/>
        <source>Punktets tekst</source>
        <translation>The item&apos;s text</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="388"/>
        <source>Vælg et dagsordenspunkt først</source>
        <translation>Select an agenda item first</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="389"/>
        <source>Opret en opgave koblet til punktet</source>
        <translation>Create a request linked to the item</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="390"/>
        <source>Opret et udkast koblet til punktet</source>
        <translation>Create a draft linked to the item</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="391"/>
        <source>Vælg et møde først</source>
        <translation>Select a meeting first</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="399"/>
        <source>Ingen møder endnu. Importér mødeplanen for byrådet og udvalgene, eller opret et møde; dagsordener importeres til møderne.</source>
        <translation>No meetings yet. Import the meeting plan for the council and its committees, or create a meeting; agendas are imported into the meetings.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="23"/>
        <source>Redigér medlem</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="23"/>
        <source>Nyt medlem</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="33"/>
        <source>Ét udvalg pr. linje</source>
        <translation>One committee per line</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="37"/>
        <source>fra</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="38"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="41"/>
        <source> ord/min</source>
        <translation> words/min</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="43"/>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="44"/>
        <source>Partigruppe:</source>
        <translation>Party group:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="45"/>
        <source>Udvalg:</source>
        <translation>Committees:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="46"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="47"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="48"/>
        <source>Aktiv:</source>
        <translation>Active:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="50"/>
        <source>Taletempo:</source>
        <translation>Speaking rate:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="65"/>
        <source>nyt medlem</source>
        <translation>new member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="78"/>
        <source>redigér medlem</source>
        <translation>edit member</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="36"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="36"/>
        <source>Udvalg</source>
        <translation>Committees</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="36"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="37"/>
        <source>Aktiv fra</source>
        <translation>Active from</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="37"/>
        <source>Aktiv til</source>
        <translation>Active to</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="37"/>
        <source>Åbne opgaver</source>
        <translation>Open requests</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="101"/>
        <source>Søg i medlemmer …</source>
        <translation>Search members …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="107"/>
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="109"/>
        <source>Vis tavle</source>
        <translation>Show board</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="110"/>
        <source>Åbn medlemmets opgavetavle</source>
        <translation>Open the member&apos;s task board</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="113"/>
        <source>Persondata</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="117"/>
        <source>Eksportér medlemmets data (ZIP) …</source>
        <translation>Export member&apos;s data (ZIP) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="118"/>
        <source>Slet medlemmet og alle data …</source>
        <translation>Delete member and all data …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="88"/>
        <location filename="../../secretary_app/ui/members_page.py" line="136"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="196"/>
        <source>Data eksporteret</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="197"/>
        <source>Alle data om %1 er gemt i %2.</source>
        <translation>All data about %1 is saved in %2.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="210"/>
        <source>Eksportér medlemmets data</source>
        <translation>Export member&apos;s data</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="211"/>
        <source>ZIP-filer (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="219"/>
        <source>Slet medlemmet og alle data</source>
        <translation>Delete member and all data</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="220"/>
        <source>Sletningen fjerner %1 og alle opgaver, tidsregistreringer, vagtens log og udkast. Den kan ikke fortrydes; eksportér data først, hvis de skal udleveres. Timerne tælles fortsat med i rapporter (uden navn). Skriv medlemmets navn for at bekræfte:</source>
        <translation>Deleting removes %1 and all requests, time entries, guard log and drafts. It cannot be undone; export the data first if it must be handed over. The hours still count in reports (without a name). Type the member&apos;s name to confirm:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="240"/>
        <source>%1 er slettet (%2 opgaver, %3 udkast).</source>
        <translation>%1 has been deleted (%2 requests, %3 drafts).</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="200"/>
        <source>Eksporterer medlemmets data …</source>
        <translation>Exporting the member&apos;s data …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="255"/>
        <source>Sletter medlemmets data …</source>
        <translation>Erasing the member&apos;s data …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="100"/>
        <source>Søg blandt medlemmer</source>
        <translation>Search members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="104"/>
        <location filename="../../secretary_app/ui/members_page.py" line="120"/>
        <source>Nyt medlem …</source>
        <translation>New member …</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="26"/>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="76"/>
        <source>Nyt udkast</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="42"/>
        <source>fx Tale om cykelstier på Amagerbrogade</source>
        <translation>e.g. Speech on cycle lanes on Amagerbrogade</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="45"/>
        <source>Medlem:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="46"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="47"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="48"/>
        <source>Hører til opgave:</source>
        <translation>Belongs to request:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="26"/>
        <source>Opret</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="49"/>
        <source>Udkastet starter fra typens skabelon.</source>
        <translation>The draft starts from the type&apos;s template.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="58"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <location filename="../../secretary_app/ui/operations/runner.py" line="256"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../secretary_app/ui/operations/errors.py" line="27"/>
        <source>Der opstod en uventet fejl (%1). Intet blev gemt halvt; prøv igen, og kontakt support, hvis det sker igen.</source>
        <translation>An unexpected error occurred (%1). Nothing was half saved; try again, and contact support if it happens again.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/operations/errors.py" line="41"/>
        <source>Det gik ikke</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../secretary_app/ui/page.py" line="64"/>
        <source>Det gik ikke</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>PasteArticleDialog</name>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="32"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="25"/>
        <source>Indsæt artikel</source>
        <translation>Paste article</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="29"/>
        <source>Overskrift på første linje, derefter teksten (eller sidens HTML). Tom: artiklen hentes fra adressen.</source>
        <translation>Headline on the first line, then the text (or the page&apos;s HTML). Empty: the article is fetched from the address.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="33"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>PressPage</name>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="49"/>
        <source>Søg i klip</source>
        <translation>Search clippings</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="54"/>
        <source>Vis klip</source>
        <translation>Show clippings</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="115"/>
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="101"/>
        <source>Klippets tekst</source>
        <translation>Clipping text</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="68"/>
        <source>Tid …</source>
        <translation>Time …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="69"/>
        <source>Registrér tid brugt på presseovervågning for et medlem</source>
        <translation>Log time spent on press monitoring for a member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="240"/>
        <source>Ingen klip her. Tilføj et feed, eller indsæt en artikel.</source>
        <translation>No clippings here. Add a feed, or paste an article.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="255"/>
        <source>Søgeord</source>
        <translation>Watch terms</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="403"/>
        <location filename="../../secretary_app/ui/press/page.py" line="407"/>
        <source>Tid på presseovervågning</source>
        <translation>Time on press monitoring</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="403"/>
        <source>Medlem:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="407"/>
        <source>Minutter i dag:</source>
        <translation>Minutes today:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="417"/>
        <source>Registrér tid på presseovervågning</source>
        <translation>Log press-monitoring time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="106"/>
        <source>Afvis (D)</source>
        <translation>Dismiss (D)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="302"/>
        <source>Afvis presseklip</source>
        <translation>Dismiss clipping</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="55"/>
        <source>Afviste</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="55"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="63"/>
        <source>Artikel (indsæt tekst eller adresse) …</source>
        <translation>Article (paste text or address) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="110"/>
        <source>Debatindlæg (N)</source>
        <translation>Debate article (N)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="251"/>
        <source>Debatindlæg startet</source>
        <translation>Debate article started</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="62"/>
        <source>Feed (RSS/Atom) …</source>
        <translation>Feed (RSS/Atom) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="367"/>
        <source>Feedets adresse (RSS eller Atom):</source>
        <translation>The feed&apos;s address (RSS or Atom):</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="389"/>
        <source>Feeds og mails (*.xml *.rss *.atom *.eml);;Alle filer (*)</source>
        <translation>Feeds and mails (*.xml *.rss *.atom *.eml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="64"/>
        <source>Fil (feed eller mail .eml) …</source>
        <translation>File (feed or .eml mail) …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="104"/>
        <source>Gem for medlem … (K)</source>
        <translation>Keep for member … (K)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="294"/>
        <source>Gem presseklip</source>
        <translation>Keep clipping</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="381"/>
        <source>Gemmer artikel …</source>
        <translation>Saving article …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="55"/>
        <source>Gemte</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="278"/>
        <location filename="../../secretary_app/ui/press/page.py" line="283"/>
        <source>Hele gruppen</source>
        <translation>The whole group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="58"/>
        <source>Hent feeds</source>
        <translation>Fetch feeds</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="370"/>
        <source>Henter feed …</source>
        <translation>Fetching feed …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="352"/>
        <source>Henter feeds …</source>
        <translation>Fetching feeds …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="392"/>
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="388"/>
        <source>Importér feed eller mail</source>
        <translation>Import feed or mail</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="210"/>
        <source>Klip vist: %1 · nye: %2 · feeds: %3</source>
        <translation>Clippings shown: %1 · new: %2 · feeds: %3</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="279"/>
        <source>Matchede: %1</source>
        <translation>Matched: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="117"/>
        <source>Negativ</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="117"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="362"/>
        <source>Nogle feeds kunne ikke hentes</source>
        <translation>Some feeds could not be fetched</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="55"/>
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="205"/>
        <source>Offline: ingen af feedsene kunne nås ved sidste forsøg. Hentede klip kan bruges som altid.</source>
        <translation>Offline: none of the feeds could be reached at the last attempt. Clippings already fetched work as always.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="337"/>
        <source>Opret spørgsmål</source>
        <translation>Create question</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="116"/>
        <source>Positiv</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="42"/>
        <location filename="../../secretary_app/ui/press/page.py" line="84"/>
        <source>Presseklip</source>
        <translation>Press clippings</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="71"/>
        <source>Presseoversigt …</source>
        <translation>Press digest …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="112"/>
        <source>Spørgsmål (Q)</source>
        <translation>Question (Q)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="253"/>
        <source>Spørgsmål oprettet</source>
        <translation>Question created</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="330"/>
        <source>Start debatindlæg</source>
        <translation>Start debate article</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="314"/>
        <source>Sæt tone</source>
        <translation>Set tone</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="47"/>
        <source>Søg i alle klip …</source>
        <translation>Search all clippings …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="66"/>
        <source>Søgeord …</source>
        <translation>Watch terms …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="367"/>
        <source>Tilføj feed</source>
        <translation>Add feed</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="60"/>
        <source>Tilføj …</source>
        <translation>Add …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="116"/>
        <source>Tone: ikke sat</source>
        <translation>Tone: not set</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="55"/>
        <source>Uden match</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="108"/>
        <source>Åbn (O)</source>
        <translation>Open (O)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="216"/>
        <source>Hent nye klip fra gruppens feeds</source>
        <translation>Fetch new clippings from the group&apos;s feeds</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="217"/>
        <source>Tilføj et feed først (Tilføj … › Feed)</source>
        <translation>Add a feed first (Add … › Feed)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="219"/>
        <source>Ingen presseklip endnu. Tilføj de lokale medier som feeds (RSS/Atom), så samles artikler om gruppens medlemmer og sager her.</source>
        <translation>No press clippings yet. Add the local media as feeds (RSS/Atom), and articles about the group&apos;s members and cases are collected here.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/page.py" line="221"/>
        <source>Tilføj feed …</source>
        <translation>Add feed …</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="45"/>
        <location filename="../../secretary_app/ui/printing.py" line="58"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="46"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="46"/>
        <source>Opgavetype</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="47"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="56"/>
        <source>I alt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="58"/>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="59"/>
        <source>Færdige</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="59"/>
        <source>Åbne</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="60"/>
        <source>Afviste</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="60"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/printing.py" line="74"/>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="92"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="92"/>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="92"/>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="92"/>
        <source>Svarfrist</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="93"/>
        <source>Besvaret</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../secretary_app/ui/reminders.py" line="47"/>
        <source>Vis Medlemssekretær</source>
        <translation>Show Medlemssekretær</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reminders.py" line="48"/>
        <source>Vis I dag</source>
        <translation>Show Today</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reminders.py" line="87"/>
        <source>%1 over fristen</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reminders.py" line="89"/>
        <source>%1 med frist i dag</source>
        <translation>%1 due today</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reminders.py" line="91"/>
        <source>%1 med frist snart</source>
        <translation>%1 due soon</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reminders.py" line="96"/>
        <source>Påmindelse om frister</source>
        <translation>Deadline reminder</translation>
    </message>
</context>
<context>
    <name>ReplyTextDialog</name>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="247"/>
        <source>Skriv udkast</source>
        <translation>Write draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="248"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="214"/>
        <source>* Modtaget før eller efter måneden; med i listen, fordi der er registreret tid på opgaven i måneden.</source>
        <translation>* Received before or after the month; listed because time was logged on it in the month.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="94"/>
        <location filename="../../secretary_app/ui/reports/page.py" line="96"/>
        <source>Forrige måned</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="99"/>
        <location filename="../../secretary_app/ui/reports/page.py" line="101"/>
        <source>Næste måned</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="129"/>
        <source>Måned:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="135"/>
        <source>Medlem:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="138"/>
        <source>Eksportér:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="142"/>
        <source>Gem aktivitetsloggen for den valgte måned som %1</source>
        <translation>Save the activity log for the selected month as %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="166"/>
        <source>Opgaver modtaget</source>
        <translation>Requests received</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="166"/>
        <source>Færdige</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="167"/>
        <source>Åbne</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="167"/>
        <source>Afviste</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="168"/>
        <source>Tid registreret (t:mm)</source>
        <translation>Time recorded (h:mm)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="168"/>
        <source>Spørgsmål rettidigt besvaret</source>
        <translation>Questions answered on time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="169"/>
        <source>Vagten: markeret / afvist / accepteret</source>
        <translation>Guard: flagged / declined / accepted</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="176"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="177"/>
        <source>Opgavetype</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="181"/>
        <location filename="../../secretary_app/ui/reports/page.py" line="199"/>
        <source>Pr. medlem</source>
        <translation>By member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="200"/>
        <source>Pr. opgavetype</source>
        <translation>By task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="201"/>
        <source>Opgaver</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="202"/>
        <source>Politikerspørgsmål</source>
        <translation>Questions to the administration</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="205"/>
        <source>Vagtens markeringer og beslutninger</source>
        <translation>The guard&apos;s flags and decisions</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="207"/>
        <source>Vagten</source>
        <translation>Guard</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="243"/>
        <source>Aktivitetslog</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="290"/>
        <source>Alle medlemmer</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="357"/>
        <source>Besvaret inden for 10 arbejdsdage: %1, for sent: %2, afventer: %3, overskredet: %4</source>
        <translation>Answered within 10 working days: %1, late: %2, pending: %3, overdue: %4</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="371"/>
        <source>%1 · %2 opgaver i listen</source>
        <translation>%1 · %2 requests in the list</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="380"/>
        <source>Gruppen har ingen medlemmer endnu. Aktivitetsloggen viser tiden, der er registreret på medlemmernes opgaver.</source>
        <translation>The group has no members yet. The activity log shows the time logged on the members&apos; requests.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="382"/>
        <source>Nyt medlem …</source>
        <translation>New member …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="389"/>
        <source>Ingen tid registreret i %1, men %2 opgaver er modtaget. Registrér tiden på opgaverne (fanen Tid i opgaven, eller tidtagningen), så kommer den med her.</source>
        <translation>No time logged in %1, but %2 requests were received. Log the time on the requests (the Time tab of a request, or the timer) and it shows here.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="393"/>
        <source>Ingen opgaver og ingen tid registreret i %1. Tiden registreres på opgaverne: åbn en opgave på tavlen og brug fanen Tid, eller start tidtagningen.</source>
        <translation>No requests and no time logged in %1. Time is logged on the requests: open one on the board and use its Time tab, or start the timer.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="400"/>
        <source>Vis %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="402"/>
        <source>Til opgavetavlen</source>
        <translation>Go to the task board</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="423"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="423"/>
        <source>Excel-projektmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="424"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="425"/>
        <source>Gem aktivitetslog</source>
        <translation>Save activity log</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="451"/>
        <source>Eksporterer %1 …</source>
        <translation>Exporting %1 …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="467"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="472"/>
        <source>Eksporten mislykkedes; ingen fil er gemt.</source>
        <translation>The export failed; no file was saved.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="452"/>
        <source>Eksporterer aktivitetslog …</source>
        <translation>Exporting the activity log …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="210"/>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="198"/>
        <source>Rapportens tabeller</source>
        <translation>The report&apos;s tables</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="116"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="54"/>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="367"/>
        <source>Opgave: %1</source>
        <translation>Request: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="54"/>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="304"/>
        <source>Ny opgave</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="77"/>
        <source>Kort titel, fx »Tale om budgettet til BR 12. marts«</source>
        <translation>Short title, e.g. &apos;Speech on the budget for BR 12 March&apos;</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="80"/>
        <source>Hvad har medlemmet bedt om? Kontekst, kilder, aftaler …</source>
        <translation>What has the member asked for? Context, sources, agreements …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="85"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="93"/>
        <source>fx budget klima (adskilt af mellemrum)</source>
        <translation>e.g. budget climate (separated by spaces)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="99"/>
        <source>Hvorfor blev opgaven afvist?</source>
        <translation>Why was the request declined?</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="113"/>
        <source>Medlem:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="114"/>
        <source>Opgavetype:</source>
        <translation>Task type:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="115"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="116"/>
        <source>Beskrivelse:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="117"/>
        <source>Kanal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="118"/>
        <source>Modtaget:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="120"/>
        <source>Prioritet:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="121"/>
        <source>Anslået tid:</source>
        <translation>Estimated time:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="122"/>
        <source>Mærker:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="123"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="124"/>
        <source>Afvist fordi:</source>
        <translation>Declined because:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="128"/>
        <source>Politikerspørgsmål til forvaltningen</source>
        <translation>Question to the administration</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="131"/>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="134"/>
        <source>Besvaret</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="135"/>
        <source>Svaret gik til alle medlemmer</source>
        <translation>The answer went to all members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="138"/>
        <source>Svarfrist:</source>
        <translation>Reply due:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="167"/>
        <source>Opgave</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="178"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="180"/>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="368"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="183"/>
        <source>Skriv udkast …</source>
        <translation>Write draft …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="185"/>
        <source>Opret et udkast (tale, debatindlæg, notat …) til opgaven og åbn det</source>
        <translation>Create a draft (speech, op-ed, memo …) for the request and open it</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="210"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="219"/>
        <source>beregnes, når afsendelsesdatoen er angivet</source>
        <translation>calculated once the sent date is entered</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="224"/>
        <source> (10 arbejdsdage)</source>
        <translation> (10 working days)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="228"/>
        <source>besvaret rettidigt</source>
        <translation>answered on time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="228"/>
        <source>besvaret for sent</source>
        <translation>answered late</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="233"/>
        <source>overskredet med %1 dage</source>
        <translation>overdue by %1 days</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="236"/>
        <source>%1 dage tilbage</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="282"/>
        <source>Gruppen har ingen aktive medlemmer; opret et medlem først.</source>
        <translation>The group has no active members; create a member first.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="285"/>
        <source>Gruppen har ingen aktive opgavetyper.</source>
        <translation>The group has no active task types.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="319"/>
        <source>Redigér opgave</source>
        <translation>Edit request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="381"/>
        <source>Opgaven blev ikke gemt.</source>
        <translation>The request was not saved.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="403"/>
        <source>Nyt udkast</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="166"/>
        <source>Opgave og tid</source>
        <translation>Request and time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/request_dialog.py" line="180"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="63"/>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="63"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="63"/>
        <source>Opgavetype</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="63"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="64"/>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="81"/>
        <source>Modtaget uden for perioden; med for tid registreret i perioden</source>
        <translation>Received outside the period; included for time recorded in the period</translation>
    </message>
</context>
<context>
    <name>RequestTimer</name>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="93"/>
        <source>Tidtagning</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="95"/>
        <source>Registrér tid</source>
        <translation>Log time</translation>
    </message>
</context>
<context>
    <name>RescuePanel</name>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="145"/>
        <source>Nødtilstand: databasen mangler</source>
        <translation>Rescue mode: the database is missing</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="152"/>
        <source>&lt;p&gt;Databasen mangler, men sikkerhedskopier eller gemte filer viser, at den har fandtes:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Programmet opretter &lt;b&gt;ikke&lt;/b&gt; en ny, tom database (og ingen demodata). Gendan den nyeste sikkerhedskopi, der består kontrollen.&lt;/p&gt;&lt;p&gt;Database: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;The database is missing, but backups or kept files show that it existed:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;The app does &lt;b&gt;not&lt;/b&gt; create a new, empty database (and no demo data). Restore the newest backup that passes the check.&lt;/p&gt;&lt;p&gt;Database: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="144"/>
        <source>Nødtilstand: databasen er beskadiget</source>
        <translation>Rescue mode: the database is damaged</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="157"/>
        <source>&lt;p&gt;SQLite&apos;s kontrol af databasen fejlede, da programmet startede:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Programmet har &lt;b&gt;ikke&lt;/b&gt; ændret filen og åbner den ikke for skrivning. Den bedste vej videre er at gendanne den nyeste sikkerhedskopi, der består kontrollen. Den beskadigede fil omdøbes og bliver liggende uændret ved siden af, så intet går tabt.&lt;/p&gt;&lt;p&gt;Database: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;SQLite&apos;s check of the database failed when the app started:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;The app has &lt;b&gt;not&lt;/b&gt; changed the file and does not open it for writing. The best way forward is to restore the newest backup that passes the check. The damaged file is renamed and left unchanged beside it, so nothing is lost.&lt;/p&gt;&lt;p&gt;Database: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="168"/>
        <source>Nyeste gode sikkerhedskopi: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Newest good backup: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="170"/>
        <source>Gendan sikkerhedskopien fra %1</source>
        <translation>Restore the backup from %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="175"/>
        <source>Der findes ingen sikkerhedskopi, der består kontrollen. Vælg en fil, eller kontakt support; den beskadigede fil er ikke ændret.</source>
        <translation>There is no backup that passes the check. Choose a file or contact support; the damaged file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="183"/>
        <source>Vælg en anden sikkerhedskopi …</source>
        <translation>Choose another backup …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/backup_dialog.py" line="186"/>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SentTimesDialog</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="101"/>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="172"/>
        <source>Pressemeddelelse udsendt</source>
        <translation>Press release sent</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="103"/>
        <source>Sendt til medlemmerne:</source>
        <translation>Sent to members:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="105"/>
        <source>Sendt til medierne:</source>
        <translation>Sent to the media:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="114"/>
        <source>Medlemmerne skal have pressemeddelelser før eller senest samtidig med medierne.</source>
        <translation>Members must get press releases before, or at the latest at the same time as, the media.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="133"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/dialogs.py" line="170"/>
        <source>Tidspunkterne blev ikke gemt.</source>
        <translation>The times were not saved.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="99"/>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="106"/>
        <source>Kryptering:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="99"/>
        <source>Databasen er ikke krypteret (secretary-app encrypt)</source>
        <translation>The database is not encrypted (secretary-app encrypt)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="103"/>
        <source>Skift adgangssætning …</source>
        <translation>Change passphrase …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="49"/>
        <source> min uden brug</source>
        <translation> min without use</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="50"/>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="52"/>
        <source>Vinduet skjuler dine data efter så lang tid uden tastatur eller mus, og når skærmen låses. 0 = aldrig af sig selv (Filer ▸ Lås nu virker altid).</source>
        <translation>The window hides your data after this long without keyboard or mouse, and when the screen locks. 0 = never by itself (File ▸ Lock now always works).</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="54"/>
        <source>Lås automatisk efter</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="75"/>
        <source>Lås automatisk efter:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="16"/>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="122"/>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="125"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="25"/>
        <source> ord/min</source>
        <translation> words/min</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="69"/>
        <source>Sprog:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="70"/>
        <source>Standard taletempo:</source>
        <translation>Default speaking rate:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="78"/>
        <source>Datamappe:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="80"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="126"/>
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation>The language changes the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="27"/>
        <source>Vis påmindelser om frister (dagen før, på dagen og over fristen)</source>
        <translation>Show deadline reminders (the day before, on the day and when overdue)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="33"/>
        <source> dag(e) før</source>
        <translation> day(s) before</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="38"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="54"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="54"/>
        <source>Standard taletempo</source>
        <translation>Default speaking rate</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="55"/>
        <source>Påmind dage før fristen</source>
        <translation>Remind days before the deadline</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="56"/>
        <source>Arbejdstid fra</source>
        <translation>Working hours from</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="56"/>
        <source>Arbejdstid til</source>
        <translation>Working hours until</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="71"/>
        <source>Påmindelser:</source>
        <translation>Reminders:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="72"/>
        <source>Første påmindelse:</source>
        <translation>First reminder:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="73"/>
        <source>Arbejdstid fra:</source>
        <translation>Working hours from:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="74"/>
        <source>Arbejdstid til:</source>
        <translation>Working hours until:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="61"/>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="63"/>
        <source>Arkivér færdige opgaver efter</source>
        <translation>Archive done requests after</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="64"/>
        <source>Færdige opgaver, der ikke er rørt så længe, flyttes fra tavlen til arkivet (Opgavetavle › Arkiv …)</source>
        <translation>Done requests untouched this long move from the board to the archive (Board › Archive …)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="77"/>
        <source>Arkivér færdige efter:</source>
        <translation>Archive done after:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="81"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="99"/>
        <location filename="../../secretary_app/ui/welcome.py" line="154"/>
        <source>Start med en tom database</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="101"/>
        <source>Kommune</source>
        <translation>Council</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="103"/>
        <source>Partigruppens navn</source>
        <translation>Party group name</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="105"/>
        <source>fx Socialdemokratiet</source>
        <translation>e.g. Social Democrats</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="106"/>
        <source>Listebogstav</source>
        <translation>List letter</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="110"/>
        <source>fx A</source>
        <translation>e.g. A</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="111"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="111"/>
        <source>Ét navn pr. linje</source>
        <translation>One name per line</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="113"/>
        <source>Ét navn pr. linje. Du kan også tilføje medlemmer senere.</source>
        <translation>One name per line. You can also add members later.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="116"/>
        <source>Tilladte opgavetyper</source>
        <translation>Permitted task types</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="117"/>
        <source>Fjern fluebenet ved typer, gruppen ikke bruger</source>
        <translation>Untick the types the group does not use</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="127"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Council:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="128"/>
        <source>&amp;Partigruppe:</source>
        <translation>&amp;Party group:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="129"/>
        <source>&amp;Listebogstav:</source>
        <translation>&amp;List letter:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="130"/>
        <source>&amp;Medlemmer:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="131"/>
        <source>&amp;Opgavetyper:</source>
        <translation>&amp;Task types:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="136"/>
        <source>Opgavetyperne er dem, ordningen tillader (Kommunestyrelseslovens § 16, stk. 11). Du kan ændre dem senere under Opgavetyper.</source>
        <translation>The task types are those the scheme permits (Danish Local Government Act § 16(11)). You can change them later under Task types.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="142"/>
        <source>Opret gruppen</source>
        <translation>Create the group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="192"/>
        <source>Opret partigruppe</source>
        <translation>Create party group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="143"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SpeakingView</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/speaking.py" line="44"/>
        <source>Talefremvisning – %1</source>
        <translation>Speaking view – %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/speaking.py" line="88"/>
        <source>Mellemrum: start/pause · ↑/↓: tempo · +/−: skriftstørrelse · Home: forfra · Esc: luk</source>
        <translation>Space: start/pause · ↑/↓: pace · +/−: font size · Home: restart · Esc: close</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/speaking.py" line="190"/>
        <source>kører</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/speaking.py" line="190"/>
        <source>pause</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/speaking.py" line="191"/>
        <source>%1 ord/min · %2</source>
        <translation>%1 words/min · %2</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="26"/>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="26"/>
        <source>Færdige</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="26"/>
        <source>Åbne</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="27"/>
        <source>Afviste</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="27"/>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/reports/models.py" line="33"/>
        <source>I alt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TaskTypeDialog</name>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="54"/>
        <source>Redigér opgavetype</source>
        <translation>Edit task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="54"/>
        <source>Ny opgavetype</source>
        <translation>New task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="66"/>
        <source>Dansk betegnelse:</source>
        <translation>Danish label:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="67"/>
        <source>Engelsk betegnelse:</source>
        <translation>English label:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="68"/>
        <source>Beskrivelse:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="82"/>
        <source>ny opgavetype</source>
        <translation>new task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="88"/>
        <source>omdøb opgavetype</source>
        <translation>rename task type</translation>
    </message>
</context>
<context>
    <name>TaskTypeTableModel</name>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="25"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="25"/>
        <source>Betegnelse (dansk)</source>
        <translation>Label (Danish)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="25"/>
        <source>Betegnelse (engelsk)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="26"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="26"/>
        <source>I brug</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="42"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="42"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="151"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="151"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="151"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="166"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="168"/>
        <source>Note (valgfri)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="169"/>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="227"/>
        <source>Registrér tid</source>
        <translation>Record time</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="183"/>
        <source>Slet valgt registrering</source>
        <translation>Delete selected entry</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="212"/>
        <source>I alt: %1 timer (%2 min)</source>
        <translation>Total: %1 hours (%2 min)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="267"/>
        <source>Stop tidtagning (%1)</source>
        <translation>Stop timer (%1)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="269"/>
        <source>Start tidtagning</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="245"/>
        <source>Slet tidsregistrering</source>
        <translation>Delete time entry</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="253"/>
        <source>Tiden blev ikke registreret.</source>
        <translation>The time was not logged.</translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message>
        <location filename="../../secretary_app/ui/board/time_panel.py" line="117"/>
        <source>Stop tidtagning</source>
        <translation>Stop timer</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="28"/>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="30"/>
        <source>Opdatér I dag</source>
        <translation>Refresh Today</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="43"/>
        <location filename="../../secretary_app/ui/today_page.py" line="55"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="81"/>
        <source>Over fristen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="82"/>
        <source>Frist i dag</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="83"/>
        <source>Frist resten af ugen</source>
        <translation>Due later this week</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="84"/>
        <source>Svar fra forvaltningen er forsinket (10 arbejdsdage)</source>
        <translation>Answers from the administration overdue (10 working days)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="85"/>
        <source>Har ventet længe på andre</source>
        <translation>Waiting on others for long</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="86"/>
        <source>Nye opgaver, vagten har markeret</source>
        <translation>New requests flagged by the guard</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="87"/>
        <source>Møder den kommende uge med uforberedte punkter</source>
        <translation>Meetings in the coming week with unprepared items</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="88"/>
        <source>Pressemeddelelser, der ikke er sendt til medlemmerne</source>
        <translation>Press releases not yet sent to the members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="102"/>
        <source>venter siden %1</source>
        <translation>waiting since %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="107"/>
        <source>modtaget %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="109"/>
        <source>ikke sendt til medlemmerne</source>
        <translation>not sent to the members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="112"/>
        <source>(uden titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="129"/>
        <source>I dag, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="131"/>
        <source>Intet haster i dag: ingen frister, forsinkede svar eller uforberedte møder. Nye opgaver opretter du på opgavetavlen.</source>
        <translation>Nothing is urgent today: no deadlines, late answers or unprepared meetings. You create new requests on the board.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="136"/>
        <source>Ny opgave …</source>
        <translation>New request …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="138"/>
        <source>Ny opgave</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="172"/>
        <source>Åbner opgaven</source>
        <translation>Opens the request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="172"/>
        <source>Åbner mødet</source>
        <translation>Opens the meeting</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="173"/>
        <source>Åbner udkastet</source>
        <translation>Opens the draft</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="95"/>
        <source>1 dag over fristen</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="96"/>
        <source>%1 dage over fristen</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="98"/>
        <source>svarfrist %1, 1 arbejdsdag for sent</source>
        <translation>answer due %1, 1 working day late</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="99"/>
        <source>svarfrist %1, %2 arbejdsdage for sent</source>
        <translation>answer due %1, %2 working days late</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="104"/>
        <source>1 uforberedt punkt</source>
        <translation>1 unprepared item</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="105"/>
        <source>%1 uforberedte punkter</source>
        <translation>%1 unprepared items</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/today_page.py" line="160"/>
        <source>… og %1 til</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="21"/>
        <source>Papirkurv</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="23"/>
        <source>Slettede opgaver i gruppen. Gendan dem, eller slet dem endeligt (også deres tidsregistreringer).</source>
        <translation>Deleted requests in the group. Restore them, or delete them permanently (including their time entries).</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="30"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="30"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="30"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="31"/>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="36"/>
        <source>Gendan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="39"/>
        <source>Slet endeligt …</source>
        <translation>Delete permanently …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="46"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="96"/>
        <source>Gendan opgave</source>
        <translation>Restore request</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="105"/>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="116"/>
        <source>Slet endeligt</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/board/trash_dialog.py" line="106"/>
        <source>Slet %1 opgave(r) og deres tidsregistreringer endeligt? Det kan ikke fortrydes.</source>
        <translation>Permanently delete %1 request(s) and their time entries? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="33"/>
        <source>Databasen er krypteret</source>
        <translation>The database is encrypted</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="33"/>
        <source>Medlemssekretær er låst</source>
        <translation>Medlemssekretær is locked</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="41"/>
        <source>Nøgleringen kunne ikke åbne databasen. Skriv adgangssætningen for at åbne den, eller brug gendannelsesnøglen, hvis du har glemt adgangssætningen.</source>
        <translation>The keyring could not open the database. Enter the passphrase to open it, or use the recovery key if you have forgotten the passphrase.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="44"/>
        <source>Dine data er skjult, til du låser op. Skriv adgangssætningen, eller lås op med nøgleringen.</source>
        <translation>Your data is hidden until you unlock. Enter the passphrase, or unlock with the keyring.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="47"/>
        <source>Dine data er skjult, til du låser op. Databasen er ikke krypteret: låsen skjuler kun vinduet, og filen på disken kan læses af den, der har adgang til computeren.</source>
        <translation>Your data is hidden until you unlock. The database is not encrypted: the lock only hides the window, and anyone with access to the computer can read the file on disk.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="60"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="64"/>
        <location filename="../../secretary_app/ui/lock/panel.py" line="93"/>
        <source>Lås op med nøgleringen</source>
        <translation>Unlock with the keyring</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="68"/>
        <location filename="../../secretary_app/ui/lock/panel.py" line="95"/>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="94"/>
        <source>Bruger nøglen i styresystemets nøglering uden adgangssætning</source>
        <translation>Uses the key in the operating system&apos;s keyring, without a passphrase</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="95"/>
        <source>Lukker programmet uden at åbne databasen</source>
        <translation>Closes the app without opening the database</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="112"/>
        <source>&amp;Gendannelsesnøgle:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="114"/>
        <source>fx ABCDE-FGHJK-…</source>
        <translation>e.g. ABCDE-FGHJK-…</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="115"/>
        <source>Brug adgangssætningen …</source>
        <translation>Use the passphrase …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="116"/>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="116"/>
        <source>Nøglen, du fik vist og gemte, da databasen blev krypteret</source>
        <translation>The key you were shown and stored when the database was encrypted</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="119"/>
        <source>&amp;Adgangssætning:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="122"/>
        <source>Brug gendannelsesnøglen …</source>
        <translation>Use the recovery key …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="123"/>
        <source>Adgangssætning</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="137"/>
        <source>Skriv gendannelsesnøglen.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/panel.py" line="138"/>
        <source>Skriv adgangssætningen.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/startup.py" line="48"/>
        <source>Låser databasen op …</source>
        <translation>Unlocking the database …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/startup.py" line="62"/>
        <source>Databasen er krypteret og venter på adgangssætningen</source>
        <translation>The database is encrypted and waits for the passphrase</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/startup.py" line="70"/>
        <source>Uventet fejl (%1). Se logfilen i datamappen.</source>
        <translation>Unexpected error (%1). See the log file in the data folder.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/lock/startup.py" line="78"/>
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="24"/>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="31"/>
        <source>Gemte versioner:</source>
        <translation>Saved versions:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="35"/>
        <source>Gem ny version …</source>
        <translation>Save new version …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="36"/>
        <source>Gendan denne version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="37"/>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="168"/>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="171"/>
        <source>Slet version</source>
        <translation>Delete version</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="45"/>
        <source>Sammenlign med:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="77"/>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="103"/>
        <source>Nuværende tekst</source>
        <translation>Current text</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="80"/>
        <source>%1 tegn</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="110"/>
        <source>Ingen versioner endnu. Gem den nuværende tekst som en version for at kunne sammenligne og gendanne.</source>
        <translation>No versions yet. Save the current text as a version to be able to compare and restore.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="120"/>
        <source>%1 ændret · %2 tilføjet · %3 fjernet</source>
        <translation>%1 changed · %2 added · %3 removed</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="130"/>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="139"/>
        <source>Ny version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="130"/>
        <source>Navn på versionen:</source>
        <translation>Version name:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="150"/>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="158"/>
        <source>Gendan version</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="151"/>
        <source>Erstat den nuværende tekst med den valgte version? Den nuværende tekst gemmes først som en version, så intet går tabt.</source>
        <translation>Replace the current text with the selected version? The current text is first saved as a version, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/drafts/versions.py" line="169"/>
        <source>Slet den valgte version?</source>
        <translation>Delete the selected version?</translation>
    </message>
</context>
<context>
    <name>WatchListDialog</name>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="129"/>
        <source>Fjern søgeord</source>
        <translation>Remove watch term</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="63"/>
        <source>Fjern valgte</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="52"/>
        <source>Hele gruppen</source>
        <translation>The whole group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="70"/>
        <source>Liste for</source>
        <translation>List for</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="50"/>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="71"/>
        <source>Søgeord</source>
        <translation>Watch terms</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="61"/>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="106"/>
        <source>Forslag (navn og udvalg)</source>
        <translation>Suggestions (name and committee)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="116"/>
        <source>Tilføj søgeord</source>
        <translation>Add watch terms</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="72"/>
        <source>Undtagen</source>
        <translation>Except</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="58"/>
        <source>cykelsti, Ålholmvej</source>
        <translation>cykelsti, Ålholmvej</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/press/dialogs.py" line="60"/>
        <source>undtagelser, fx Amager Bakke</source>
        <translation>exclusions, e.g. Amager Bakke</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="38"/>
        <source>Velkommen til Medlemssekretær</source>
        <translation>Welcome to Medlemssekretær</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="45"/>
        <source>Her holder du styr på gruppens opgaver, udkast, møder og aktivitetslog. Alle data bliver på denne computer.

Hvordan vil du begynde?</source>
        <translation>Here you keep track of the group&apos;s requests, drafts, meetings and activity log. All data stays on this computer.

How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="48"/>
        <source>Start med en tom database …</source>
        <translation>Start with an empty database …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="51"/>
        <source>Start med en tom database</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="52"/>
        <source>Opret kommunen, din partigruppe og dens medlemmer i ét kort trin</source>
        <translation>Create the council, your party group and its members in one short step</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="53"/>
        <source>Opret kommunen, din partigruppe og dens medlemmer. De tilladte opgavetyper er udfyldt på forhånd.</source>
        <translation>Create the council, your party group and its members. The permitted task types are filled in for you.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="56"/>
        <location filename="../../secretary_app/ui/welcome.py" line="58"/>
        <source>Prøv med demodata</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="59"/>
        <source>Fylder databasen med en fiktiv kommune, som du kan fjerne igen</source>
        <translation>Fills the database with a fictional council that you can remove again</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="60"/>
        <source>En fiktiv kommune med fire partigrupper og et års opgaver. Titellinjen viser DEMO, og Filer ▸ Fjern demodata fjerner den igen uden at røre det, du selv har oprettet.</source>
        <translation>A fictional council with four party groups and a year of requests. The title bar shows DEMO, and File ▸ Remove demo data removes it again without touching what you made yourself.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/welcome.py" line="89"/>
        <source>Vent, databasen er i gang</source>
        <translation>Please wait, the database is busy</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <location filename="../../secretary_app/ui/mail/intake.py" line="203"/>
        <source>Importér mail …</source>
        <translation>Import mail …</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../secretary_app/ui/mail/panel.py" line="42"/>
        <source>Mails</source>
        <translation>Mails</translation>
    </message>
</context>
</TS>
