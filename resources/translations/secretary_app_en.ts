<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../secretary_app/ui/board/page.py" line="15"/>
        <location filename="../../secretary_app/ui/board/page.py" line="18"/>
        <source>Opgavetavle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="130"/>
        <source>Opgavetyper, som ordningen tillader for denne partigruppe (Kommunestyrelseslovens § 16, stk. 11). En type, der er i brug, kan deaktiveres, men ikke slettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="135"/>
        <source>Ny type …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="136"/>
        <source>Redigér …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="137"/>
        <source>Aktivér/deaktivér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="138"/>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="151"/>
        <source>Opgavetyper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="182"/>
        <source>omdøb opgavetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="193"/>
        <source>deaktivér opgavetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="193"/>
        <source>aktivér opgavetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="202"/>
        <source>Slet opgavetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="203"/>
        <source>Slet »%1«?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../secretary_app/ui/drafts/page.py" line="15"/>
        <location filename="../../secretary_app/ui/drafts/page.py" line="18"/>
        <source>Udkast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="17"/>
        <source>Redigér partigruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="17"/>
        <source>Ny partigruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="24"/>
        <source>fx A, F, V, Ø</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="26"/>
        <source>Navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="27"/>
        <source>Listebogstav:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="30"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/group_dialog.py" line="31"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="55"/>
        <source>Partigruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="59"/>
        <source>Partigruppe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="63"/>
        <source>Vælg den partigruppe, du arbejder for (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="72"/>
        <source>Åbner databasen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="88"/>
        <source>Starter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="93"/>
        <source>&amp;Filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="94"/>
        <source>Ny partigruppe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="96"/>
        <source>Redigér partigruppe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="98"/>
        <source>Indstillinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="101"/>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="113"/>
        <source>&amp;Redigér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="114"/>
        <source>&amp;Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="115"/>
        <source>Skift partigruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="119"/>
        <source>&amp;Hjælp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="120"/>
        <location filename="../../secretary_app/ui/main_window.py" line="310"/>
        <source>Om Medlemssekretær</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="177"/>
        <source>Databasen kunne ikke åbnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="179"/>
        <source>Databasen kunne ikke åbnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="186"/>
        <source>Fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="188"/>
        <source>Annullér fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="219"/>
        <source>Demodata oprettet. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="220"/>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/main_window.py" line="312"/>
        <source>&lt;p&gt;Værktøj til partigruppens medlemssekretær: opgaver, vagt mod partipolitisk arbejde, udkast, møder og aktivitetslog.&lt;/p&gt;&lt;p&gt;Alle data bliver på denne computer. Ingen netværksadgang, ingen telemetri.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../secretary_app/ui/meetings/page.py" line="15"/>
        <location filename="../../secretary_app/ui/meetings/page.py" line="18"/>
        <source>Møder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="24"/>
        <source>Redigér medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="24"/>
        <source>Nyt medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="34"/>
        <source>Ét udvalg pr. linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="38"/>
        <source>fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="39"/>
        <source>til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="42"/>
        <source> ord/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="44"/>
        <source>Navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="45"/>
        <source>Partigruppe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="46"/>
        <source>Udvalg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="47"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="48"/>
        <source>Telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="49"/>
        <source>Aktiv:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="51"/>
        <source>Taletempo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="54"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/member_dialog.py" line="55"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="34"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="34"/>
        <source>Udvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="34"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="34"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="35"/>
        <source>Aktiv fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="35"/>
        <source>Aktiv til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="35"/>
        <source>Åbne opgaver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="110"/>
        <source>Søg i medlemmer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="113"/>
        <location filename="../../secretary_app/ui/members_page.py" line="118"/>
        <source>Nyt medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="116"/>
        <source>Redigér …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="133"/>
        <source>Medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="187"/>
        <source>nyt medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/members_page.py" line="205"/>
        <source>redigér medlem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../secretary_app/ui/page.py" line="47"/>
        <source>Det gik ikke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../secretary_app/ui/reports/page.py" line="15"/>
        <location filename="../../secretary_app/ui/reports/page.py" line="18"/>
        <source>Aktivitetslog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="16"/>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="50"/>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="53"/>
        <source>Indstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="25"/>
        <source> ord/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="30"/>
        <source>Sprog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="31"/>
        <source>Standard taletempo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="32"/>
        <source>Datamappe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="34"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="35"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/settings_dialog.py" line="54"/>
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTypeDialog</name>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="70"/>
        <source>Redigér opgavetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="70"/>
        <source>Ny opgavetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="81"/>
        <source>Kode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="82"/>
        <source>Dansk betegnelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="83"/>
        <source>Engelsk betegnelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="84"/>
        <source>Beskrivelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="87"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="88"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTypeTableModel</name>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="26"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="26"/>
        <source>Betegnelse (dansk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="26"/>
        <source>Betegnelse (engelsk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="27"/>
        <source>Aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="27"/>
        <source>I brug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="56"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secretary_app/ui/catalogue_page.py" line="56"/>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
