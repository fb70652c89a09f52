<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="15" />
        <location filename="../../secretary_app/ui/board/page.py" line="18" />
        <source>Opgavetavle</source>
        <translation>Task board</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="130" />
        <source>Opgavetyper, som ordningen tillader for denne partigruppe (Kommunestyrelseslovens § 16, stk. 11). En type, der er i brug, kan deaktiveres, men ikke slettes.</source>
        <translation>Task types the scheme permits for this party group (Danish Local Government Act § 16(11)). A type in use can be deactivated but not deleted.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="135" />
        <source>Ny type …</source>
        <translation>New type …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="136" />
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="137" />
        <source>Aktivér/deaktivér</source>
        <translation>Activate/deactivate</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="138" />
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="151" />
        <source>Opgavetyper</source>
        <translation>Task types</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="182" />
        <source>omdøb opgavetype</source>
        <translation>rename task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="193" />
        <source>deaktivér opgavetype</source>
        <translation>deactivate task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="193" />
        <source>aktivér opgavetype</source>
        <translation>activate task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="202" />
        <source>Slet opgavetype</source>
        <translation>Delete task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="203" />
        <source>Slet »%1«?</source>
        <translation>Delete '%1'?</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="15" />
        <location filename="../../secretary_app/ui/drafts/page.py" line="18" />
        <source>Udkast</source>
        <translation>Drafts</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="17" />
        <source>Redigér partigruppe</source>
        <translation>Edit party group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="17" />
        <source>Ny partigruppe</source>
        <translation>New party group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="24" />
        <source>fx A, F, V, Ø</source>
        <translation>e.g. A, F, V, Ø</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="26" />
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="27" />
        <source>Listebogstav:</source>
        <translation>List letter:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="30" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="31" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="55" />
        <source>Partigruppe</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="59" />
        <source>Partigruppe:</source>
        <translation>Party group:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="63" />
        <source>Vælg den partigruppe, du arbejder for (Ctrl+G)</source>
        <translation>Choose the party group you are working for (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="72" />
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="88" />
        <source>Starter …</source>
        <translation>Starting …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="93" />
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="94" />
        <source>Ny partigruppe …</source>
        <translation>New party group …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="96" />
        <source>Redigér partigruppe …</source>
        <translation>Edit party group …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="98" />
        <source>Indstillinger …</source>
        <translation>Settings …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="101" />
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="113" />
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="114" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="115" />
        <source>Skift partigruppe</source>
        <translation>Switch party group</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="119" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="120" />
        <location filename="../../secretary_app/ui/main_window.py" line="310" />
        <source>Om Medlemssekretær</source>
        <translation>About Medlemssekretær</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="177" />
        <source>Databasen kunne ikke åbnes.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="179" />
        <source>Databasen kunne ikke åbnes</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="186" />
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="188" />
        <source>Annullér fortryd</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="219" />
        <source>Demodata oprettet. </source>
        <translation>Demo data created. </translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="220" />
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="312" />
        <source>&lt;p&gt;Værktøj til partigruppens medlemssekretær: opgaver, vagt mod partipolitisk arbejde, udkast, møder og aktivitetslog.&lt;/p&gt;&lt;p&gt;Alle data bliver på denne computer. Ingen netværksadgang, ingen telemetri.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A tool for the party group's member secretary: requests, a guard against party-political work, drafts, meetings and the activity log.&lt;/p&gt;&lt;p&gt;All data stays on this computer. No network access, no telemetry.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="15" />
        <location filename="../../secretary_app/ui/meetings/page.py" line="18" />
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="24" />
        <source>Redigér medlem</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="24" />
        <source>Nyt medlem</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="34" />
        <source>Ét udvalg pr. linje</source>
        <translation>One committee per line</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="38" />
        <source>fra</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="39" />
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="42" />
        <source> ord/min</source>
        <translation> words/min</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="44" />
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="45" />
        <source>Partigruppe:</source>
        <translation>Party group:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="46" />
        <source>Udvalg:</source>
        <translation>Committees:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="47" />
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="48" />
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="49" />
        <source>Aktiv:</source>
        <translation>Active:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="51" />
        <source>Taletempo:</source>
        <translation>Speaking rate:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="54" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="55" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="34" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="34" />
        <source>Udvalg</source>
        <translation>Committees</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="34" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="34" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="35" />
        <source>Aktiv fra</source>
        <translation>Active from</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="35" />
        <source>Aktiv til</source>
        <translation>Active to</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="35" />
        <source>Åbne opgaver</source>
        <translation>Open requests</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="110" />
        <source>Søg i medlemmer …</source>
        <translation>Search members …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="113" />
        <location filename="../../secretary_app/ui/members_page.py" line="118" />
        <source>Nyt medlem</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="116" />
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="133" />
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="187" />
        <source>nyt medlem</source>
        <translation>new member</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="205" />
        <source>redigér medlem</source>
        <translation>edit member</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../secretary_app/ui/page.py" line="47" />
        <source>Det gik ikke</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="15" />
        <location filename="../../secretary_app/ui/reports/page.py" line="18" />
        <source>Aktivitetslog</source>
        <translation>Activity log</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="16" />
        <location filename="../../secretary_app/ui/settings_dialog.py" line="50" />
        <location filename="../../secretary_app/ui/settings_dialog.py" line="53" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="25" />
        <source> ord/min</source>
        <translation> words/min</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="30" />
        <source>Sprog:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="31" />
        <source>Standard taletempo:</source>
        <translation>Default speaking rate:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="32" />
        <source>Datamappe:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="34" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="35" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="54" />
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation>The language changes the next time the app starts.</translation>
    </message>
</context>
<context>
    <name>TaskTypeDialog</name>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="70" />
        <source>Redigér opgavetype</source>
        <translation>Edit task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="70" />
        <source>Ny opgavetype</source>
        <translation>New task type</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="81" />
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="82" />
        <source>Dansk betegnelse:</source>
        <translation>Danish label:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="83" />
        <source>Engelsk betegnelse:</source>
        <translation>English label:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="84" />
        <source>Beskrivelse:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="87" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="88" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TaskTypeTableModel</name>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="26" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="26" />
        <source>Betegnelse (dansk)</source>
        <translation>Label (Danish)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="26" />
        <source>Betegnelse (engelsk)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="27" />
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="27" />
        <source>I brug</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="56" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="56" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
</TS>