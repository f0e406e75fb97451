<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountStatusLabel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Search topic, notes or customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last %1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the contacts of every customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a contact (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer: %1 ✕</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnalyticsText</name>
    <message>
        <source>Not analysed yet: your customers are analysed after the first sync. Sync, then look again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue falling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrears growing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeated faults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term ending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Faults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up at-risk signals: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typical month %1 in %2–%3 against %4 in %5–%6 (%7); three months %8 vs %9.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overdue, owing %2 months in a row up to %3; oldest due %4 days ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2 faults, %3 past their SLA in %4 days (last %5); %6 lines hit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lines cancelled and %2 suspended in %3 days: %4% of %5 lines, %6 a month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 terms end from %2 (in %3 days), %4 lines billing %5 a month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never contacted through any channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact for %1 days: the last was on %2 (%3, %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” noted on %2 (%3, %4); %5 mentions in 180 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a recorded competitor line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenure and loyalty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment behaviour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member-paid lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered twice (same USCC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered twice (same name and address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>15-digit resident ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid resident ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key contact without a title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USCC registered in another city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same enterprise as %1 (%2), registered earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → 18 digits: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer in %1, USCC registered in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty; the right value must be supplied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo — no keyring: key kept in the throw-away profile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApprovalLevelLabel</name>
    <message>
        <source>No approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At list price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount depth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines below floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines of the selected quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why you approve or reject; a rejection must say why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No&amp;te</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open quote</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n quotes wait for your approval.</source>
        <translation>
            <numerusform>%n quote waits for your approval.</numerusform><numerusform>%n quotes wait for your approval.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of your own quotes wait for the city manager.</source>
        <translation>
            <numerusform>%n quote of your own waits for the city manager.</numerusform><numerusform>%n quotes of your own wait for the city manager.</numerusform></translation>
    </message>
    <message>
        <source>%1 of your quotes wait for the regional manager. Only a regional manager approves or rejects quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No quote selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %5 — %2 · %3 months · total %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overdue up to %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer's arrears</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attached files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the contract first; then attach its scanned pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetc&amp;h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop (&amp;I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly here (%1%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF, image, Word or Excel files up to 50 MB, synced apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the server in Settings to fetch the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has not got the whole file yet; try later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is here and opens offline from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped; what came is kept, and Fetch goes on from there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttitudeLabel</name>
    <message>
        <source>Supportive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BillStatusLabel</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BillingPanel</name>
    <message>
        <source>Bills and arrears</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue bills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed (¥)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed (¥10k)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid (¥)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid (¥10k)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed %1 in six months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: %1 on %2 bills, the oldest %3 days past due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <source>Open opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes in play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open fault tickets</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarEntry</name>
    <message>
        <source>%1: %2 · %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 2027 专线续约季</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the customers hear about, e.g. 专线续约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts on the same topic within the fatigue window are counted against each other, whatever the channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(any product)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer se&amp;gment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved customer segment yet. A campaign targets the customers of a saved segment: define and save one on the customer segments (客户分群) screen first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on this computer and sent to the city CRM at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in as the team's regional manager first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignStatusLabel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignTargets</name>
    <message>
        <source>%1, %2 by %3: “%4”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suppressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why left out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&amp;Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CarrierLabel</name>
    <message>
        <source>China Telecom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>China Unicom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>China Broadnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Find a product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List / month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min. term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 mo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add to quote</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <source>Propose a correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by the province and not correctable here: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record to correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key contact: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the record is wrong and where the right value comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeRequestStatusLabel</name>
    <message>
        <source>Pending review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelLabel</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call-centre campaign</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChargeTypeLabel</name>
    <message>
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CircuitsEditor</name>
    <message>
        <source>Add a &amp;circuit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line or circuit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore within (h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Availability (%)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Mark as won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” for %2 will be booked as won: %3 counts as won revenue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” for %2 will be closed as lost: %3 leaves the pipeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why did the customer decide against us?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Signing date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can undo this until the next sync sends it to the city CRM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark as won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark as lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompetitorLineDialog</name>
    <message>
        <source>Competitor line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly s&amp;pend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract &amp;ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lea&amp;rned from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learned &amp;on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompetitorServiceLabel</name>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IoT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broadband</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leased line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IDC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompetitorSourceLabel</name>
    <message>
        <source>Customer told us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen on site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tender documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bill or invoice seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompetitorStatusLabel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompetitorsTab</name>
    <message>
        <source>Carrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learned from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learned on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heard on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor's offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a co&amp;mpetitor line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitors' offers heard in contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n active lines with other carriers, %1 a month known</source>
        <translation>
            <numerusform>%n active line with other carriers, %1 a month known</numerusform><numerusform>%n active lines with other carriers, %1 a month known</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Choose a conflict on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server deleted this record while you changed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep my version as a new record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let it go (accept the deletion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You deleted this record while the server changed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete it anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the server's version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Customers by days since the last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most valuable customers not contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 customers have had no contact in %3 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all %1 not contacted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactFieldLabel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key decision maker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Key contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★ key decision maker. </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContentStateLabel</name>
    <message>
        <source>Waiting for upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. HZ-ZQ-2026-0158</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renews &amp;automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status (&amp;L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Si&amp;gned on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;erm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rene&amp;wal talks from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice (&amp;days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Circuits and their service levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContractKindLabel</name>
    <message>
        <source>Framework agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level agreement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContractLines</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContractStatusLabel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContractTable</name>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal talks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Circuits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Ne&amp;w contract…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contract (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to &amp;to-dos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search contracts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number, contract or customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ending within 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contracts</source>
        <translation>
            <numerusform>%n contract</numerusform><numerusform>%n contracts</numerusform></translation>
    </message>
    <message>
        <source>Contract saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a contract first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Contracts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;w contract…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Customer360</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount / year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breached %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewer's note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Customer360Page</name>
    <message>
        <source>Open a customer from the customer list (Ctrl+F).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lines and services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Con&amp;tacts and requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gro&amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contr&amp;acts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deci&amp;sion chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other carr&amp;iers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report a fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a &amp;contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Propose a correction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;ehearse a tariff…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd to to-dos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer is not in your cache (any more). It may have been assigned to another manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrears %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open opportunities, weighted %1</source>
        <translation>
            <numerusform>%n open opportunity, weighted %1</numerusform><numerusform>%n open opportunities, weighted %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open faults (%1 past SLA)</source>
        <translation>
            <numerusform>%n open fault (%1 past SLA)</numerusform><numerusform>%n open faults (%1 past SLA)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
    <message>
        <source>last contact %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing products</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerFieldLabel</name>
    <message>
        <source>Registered name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group (parent customer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Search name, credit code or service number (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not contacted </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not contacted in days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of the customer's name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerStatusLabel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All customers in this cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>my book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Date, YYYY-MM-DD; F4 opens the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecisionChainTab</name>
    <message>
        <source>Decision chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decision chain is personal data: only the customer's own account manager sees it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;et role…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-do &amp;with this contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecisionRoleLabel</name>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EndpointsForm</name>
    <message>
        <source>Server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The three systems have separate addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provincial &amp;CRM:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;BOSS billing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ci&amp;ty CRM:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: the operator's CA certificates (PEM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;A bundle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose CA bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA bundle file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use https:// for a server on another computer: plain http:// would send your password and data unencrypted. http:// is allowed only for this computer (localhost).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a full address starting with https:// (or http:// for a test).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntityLabel</name>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision-chain role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server cannot be reached. Your changes are kept and sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is busy. Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent an incomplete answer. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate could not be verified. Check the CA bundle in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another sync of this profile is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the request. See the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server no longer knows where this computer's last download stopped. Sync again: the data is downloaded afresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not understand this program's request; your changes are kept. Update the program or give the log file to support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address answers, but not as the CRM. Check the server address in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not accept this program's request: this version may be too old. Update the program; your changes are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused a batch of changes as too large; they are kept. Sync again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync failed; your changes are kept. Try again, or see the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session has ended. Please sign in again; pending changes are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not accept this session for now; your sign-in is kept. Try again later; if it goes on, tell the IT help desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer holds changes of the previous user that are not on the server yet; signing in as another user would delete them. Sign in as that user and sync first, or export them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account has been disabled by the operator. The local data has been removed from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address is not a valid http(s) address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA bundle file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings file of this profile cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings file of this profile cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address uses plain http:// for another computer. Use https:// in Settings: http:// would send your password and data unencrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The compression setting in the settings file is not auto, gzip or identity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is open in another program (Excel or WPS): close it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: the folder or the file is read-only for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full: %1 was not written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file name must end in .xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file name is too long: shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a file name, not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the period's months from the lists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period is too long for this report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of days is out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This report is not known to this version of the program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was left behind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This quote is no longer on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be made. See the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile %1 is a file, not a folder. Choose a folder with --profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 holds other files and is not a bigcust-desktop profile. Choose an empty or new folder with --profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile folder is empty: name a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile folder %1 cannot be used. Check that it can be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in {seconds} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local data file is damaged. Quit and start the program again: it checks the data and offers to rebuild it from the server, keeping the changes not yet sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local data cannot be opened with the key in the keyring: the key is wrong. Changes not yet sent cannot be read, nor exported, without the right key. If IT can restore the right key, they are kept; otherwise sign out to remove the data and download it again, and those changes are lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key of the local data is missing from the system keyring, so the data (and changes not yet sent) cannot be read. Ask IT to restore the keyring entry; no new key was made. Otherwise sign out to remove the data and download it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo's simulator did not start. The details are in the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local data file is damaged (cut short or overwritten). Do not delete it: changes not yet sent may still be recovered from it. Contact IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full, so the local data cannot be written. Free some space, then start the program again; nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local data file is read-only. Give your account write access to it, then start the program again; nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program cannot write to its data folder. Give your account write access to it, then start the program again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system could not open the local data. Start the program again; if it goes on, contact IT with the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file under the reference %1; please give it to support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keyring is available, so the encrypted data cannot be opened. Start the keyring service (Credential Manager, Keychain or Secret Service) and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FatigueWarning</name>
    <message>
        <source>This customer was contacted %1 times in the last %2 days; the limit is %3. The latest: %4, %5 by %6, about “%7”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer already heard about it: %4, %5 by %6, about “%7”. Another contact on the same subject within %2 days repeats it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacted recently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FaultTicketDialog</name>
    <message>
        <source>Report a fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number, circuit id or address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Line or circuit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose how serious it is…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Circuit down since 09:30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the customer sees, since when, who to call on site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report the fault (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on this computer, then sent to the network operations centre (at once when online, else at the next sync); it must be resolved within %1 h of reaching it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical or major: if you are offline, also call the NOC on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in before reporting faults.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GapsTab</name>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held by peers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product gaps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open as opportunit&amp;y…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an opportunity for this product (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their contract ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines with other carriers to win back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Win back as opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an opportunity to win this line back (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (ended: free to move)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 customers with %2 active lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines it holds with other carriers: win-back leads, the soonest end of their contract first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lines with other carriers recorded yet (see the Other carriers tab).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products that most of its peers hold and it does not: cross-sell leads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No gaps: it holds what most customers of its industry and size hold, or too few such customers are cached to tell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sell: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 peers (%3) hold it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Win back: %1, %2 lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their contract ends: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly spend with them: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>Group and branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or double-click opens a branch. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not in your cache)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer is not part of a group.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Recent contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change requests</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndustryLabel</name>
    <message>
        <source>Government</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InfluenceLabel</name>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>At-risk &amp;worklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Under-valued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Data quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;egments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rehearse &amp;a tariff…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rehearse a plan change over a customer, a group, a saved segment or your whole book</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyMissing</name>
    <message>
        <source>Key of the local data missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key that opens the local data is missing from the system keyring (for example after the keyring was reset). Without it the local data, and any changes not yet sent in it, cannot be read.

To keep them, quit and ask IT to restore the keyring entry from a backup, then start the program again.

Download again: sign in and download your data into new local data. Changes not yet sent cannot be read without the key and are not sent; the old file is kept aside, unchanged, in case the key is restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Download the data again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Account / line / service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan or kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ARPU (3 mo.) / fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract end / ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lines · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add-on since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinesTab</name>
    <message>
        <source>Accounts, lines and services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lines on %2 accounts. Expand an account to list its lines. </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Show every customer again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer: %1  ✕</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocalDateTimeEdit</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it was about, e.g. 专线扩容需求沟通</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no one in particular)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was agreed, next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;pportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on this computer and sent to the city CRM at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log the planned contact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent %1, received %2, conflicts %3, refused %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; files sent %1, received %2, not moved %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer 360</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quote…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fault report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About bigcust-desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bigcust-desktop %1
Offline-first client for big-customer account managers.

Free software under the GNU General Public License, version 3 or later. The licence and those of the components it contains are in LICENSE.txt and THIRD-PARTY-NOTICES.txt in the program folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These files could not be deleted; close them and delete them:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bigcust-desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-dos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved; sent when you sign in and sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent yet, kept for the next sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not take every change, see the sync panel: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment files: %1 % of %2 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: %3 records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server busy: changes are kept and sent at the next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: changes are kept and sent at the next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the at-risk list for today…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 128万 or 1,280,000</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New opportunity (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage board (Ctrl+Shift+B switches)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n opportunities · open pipeline %1 · weighted %2</source>
        <translation>
            <numerusform>%n opportunity · open pipeline %1 · weighted %2</numerusform><numerusform>%n opportunities · open pipeline %1 · weighted %2</numerusform></translation>
    </message>
    <message>
        <source>Opportunity saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An opportunity cannot move from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move “%1” back to %2 (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is back in %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the customer wants, e.g. SD-WAN for 12 branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected contract value per year, in yuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount per year (¥)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Win p&amp;robability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xpected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason &amp;lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing &amp;date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why did the customer decide against us?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in before creating opportunities.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityFilters</name>
    <message>
        <source>Search opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title or customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every customer again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer: %1  ✕</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityTable</name>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount / year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutcomeLabel</name>
    <message>
        <source>Positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>Source: %1 · edited here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1 · read-only here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 master data belongs to the %2 and is read-only here. Propose a correction with a change request; the province approves or rejects it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A submitted %1 is decided by the %2 and cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 data belongs to the %2 and is read-only on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept by the %1. Propose a correction with a change request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by the %1; it cannot be corrected from here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayMethodLabel</name>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct debit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <source>Changed at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard &amp;change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelineCard</name>
    <message>
        <source>Pipeline by stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (¥10k)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted (¥10k)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open opportunities worth %1, weighted %2.</source>
        <translation>
            <numerusform>%n open opportunity worth %1, weighted %2.</numerusform><numerusform>%n open opportunities worth %1, weighted %2.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the opportunities at this stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 opportunities, %3, weighted %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;w campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;round…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ollow up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A next round for those the chosen round did not reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Build the target list</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n campaign(s) of your team.</source>
        <translation>
            <numerusform>%n campaign of your team.</numerusform><numerusform>%n campaigns of your team.</numerusform></translation>
    </message>
    <message>
        <source>No campaigns yet. Start one with New campaign: it targets the customers of a saved segment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a round and build its target list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a round (SMS, phone, visit or e-mail) to the campaign first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building the target list…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PriorityLabel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductCategoryLabel</name>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group V-net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broadband</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leased line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IDC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductsEditor</name>
    <message>
        <source>Add a p&amp;roduct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed monthly price</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value factors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— (top of its group)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · score %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>%1 with its %2 branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your whole book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move lines to another plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bundle (fixed + mobile, voice + data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft quote's lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 lines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>earning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current p&amp;lan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discount off the monthly fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Committed ter&amp;m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(keep the plan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converged bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> yuan a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan &amp;1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan &amp;2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fee of a set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Which draft quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 for %3 a set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft quote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1% off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 months' term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1% off)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Propose the correction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;360 view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the customers' data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 findings on your customers' data. Enter proposes the correction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings: your customers' data looks right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merging two registrations is the province's work: call the CRM support desk; a change request cannot carry it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download these systems' data again from the start; records that are correct on the server now replace the ones set aside.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;w version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer a&amp;ccepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in before making quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted: the regional manager must approve the lines below the floor price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted and approved: no line is below its floor price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New version: edit it and submit it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status changed to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the quote before exporting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the changes to this quote?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuoteExporter</name>
    <message>
        <source>Export quote to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuoteHeader</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number is given when the server accepts the quote; until then a draft label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;rm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Va&amp;lid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal: never printed on the customer's copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needed when a price goes below the floor; the approver reads it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for a&amp;pproval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(given when the server accepts the quote)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuoteLinesEditor</name>
    <message>
        <source>Quote lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List / month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net / month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check this line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below the floor price %1: the regional manager must approve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuoteNumber</name>
    <message>
        <source>Draft %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuoteStatusLabel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuoteTable</name>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 mo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>New quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New quote (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the selected quote for the customer (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title or customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n quote</numerusform><numerusform>%n quotes</numerusform></translation>
    </message>
    <message>
        <source>Select a quote to export.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Rebuilding the local data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeping the changes not yet sent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The changes not yet sent could not be read from the damaged file; it is kept as %1 for support to recover them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent were kept in %1.</source>
        <translation>
            <numerusform>%n change not yet sent was kept in %1.</numerusform><numerusform>%n changes not yet sent were kept in %1.</numerusform></translation>
    </message>
    <message>
        <source>There were no changes waiting to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page(s) downloaded</source>
        <translation>
            <numerusform>%n page downloaded</numerusform><numerusform>%n pages downloaded</numerusform></translation>
    </message>
    <message>
        <source>The download stopped: %1 It goes on at the next sync; the kept changes are queued again then.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The local data was rebuilt from the server. %n change(s) are queued again and are sent at the next sync.</source>
        <translation>
            <numerusform>The local data was rebuilt from the server. %n change is queued again and is sent at the next sync.</numerusform><numerusform>The local data was rebuilt from the server. %n changes are queued again and are sent at the next sync.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be queued again because their records are no longer in your book; they stay in the file.</source>
        <translation>
            <numerusform>%n change could not be queued again because its record is no longer in your book; it stays in the file.</numerusform><numerusform>%n changes could not be queued again because their records are no longer in your book; they stay in the file.</numerusform></translation>
    </message>
    <message>
        <source>The local data could not be rebuilt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local data damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local data file is damaged. The changes not yet sent are first saved to a file, then the data is downloaded again from the server and the saved changes are queued again. Nothing is removed before the changes are saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rebuild the local data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export unsent changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export unsent changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON file, for support and re-import (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The changes not yet sent could not be read from the damaged file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n change(s) written to %1.</source>
        <translation>%n change written to %1.|%n changes written to %1.</translation>
    </message>
    <message>
        <source>The local data file is damaged. Quit and start the program again: it first saves the changes not yet sent to a file, then downloads the data again from the server and queues the saved changes again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on this computer and sent to the city CRM at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordFieldLabel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line or circuit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Win probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term (months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor's offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets of the round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason not contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed by activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Framework agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renews automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Circuit service levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learned on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tariff rehearsal — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the plans…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name to save it under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the saved rehearsal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a draft &amp;quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ved and compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two different plans for the bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No active lines to rehearse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rehearsing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RehearsalExport</name>
    <message>
        <source>Export the rehearsal to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tariff rehearsal %1.xlsx</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RehearsalLines</name>
    <message>
        <source>%1 min / %2 GB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over the new allowance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>below the floor price: needs approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>term shorter than the plan's minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowance after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage beyond it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overage after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month now (modelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed (3 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RehearsalResult</name>
    <message>
        <source>Choose whom and what to rehearse, then Rehearse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed (3 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under the proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers rehearsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No line of these customers is touched by the proposal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 lines of %3 customers were billed %4 in the last three months; under the proposal %5 (&lt;b&gt;%6&lt;/b&gt;). %7 customers would pay more, %8 less; %9 lines would exceed the new allowances, %10 are below the floor price, %11 have a term shorter than the plan's minimum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped: the figures cover the customers done so far.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RejectedTab</name>
    <message>
        <source>Changed at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server's reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard edit…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reminder: %n to-do(s)</source>
        <translation>
            <numerusform>Reminder: %n to-do</numerusform><numerusform>Reminder: %n to-dos</numerusform></translation>
    </message>
    <message>
        <source>&amp;Show to-dos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not contacted in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One workbook per report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exporting… %n rows</source>
        <translation>
            <numerusform>Exporting… %n row</numerusform><numerusform>Exporting… %n rows</numerusform></translation>
    </message>
    <message>
        <source>From m&amp;onth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(each report's default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a choice each report covers its usual period: revenue the six months up to the last billed month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;pen folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1 (%2 rows).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was left behind.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponseTab</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suppressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the customers answered, by round and channel, as of the last sync. Acceptance = (interested + opportunities) ÷ reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No responses yet: assign a campaign round, and the managers' outcomes show here after they sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the campaign response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1 (%2 rows).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevenueCard</name>
    <message>
        <source>Billed revenue, last six months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed (¥10k)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid (¥10k)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 billed in six months; %2 in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1% against the month before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: billed %2, paid %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Decision chain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only when the resident ID does not give it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports &amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attitude to us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Influence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data: kept for you alone, never in an export without asking.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleLabel</name>
    <message>
        <source>Account manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regional manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RollUpTab</name>
    <message>
        <source>Customer and branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed, last 3 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines (active)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open faults (past SLA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each row sums the customer and every branch below it. Enter opens a branch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer is not in your cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer has no branches: its own figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 branches&lt;/b&gt;: billed %2 in the last three months, %3 active lines, %4 overdue, %5 open opportunities worth %6, %7 open faults.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoundChannelLabel</name>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call-centre call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Add a round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;After round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoundStatusLabel</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoundTargetLabel</name>
    <message>
        <source>All targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reached in the earlier round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interested in the earlier round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No outcome in the earlier round</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SavedRehearsals</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change (3 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved rehearsals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare t&amp;he two selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved rehearsal yet: rehearse, name it and save it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change, first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change, second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers in both rehearsals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers paying more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers paying less</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines over the new allowances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last three months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under the proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the rehearsal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the saved rehearsal “%1”? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentActions</name>
    <message>
        <source>Saved “%1”; it goes to the city CRM with the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied as “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the segment “%1”? Campaigns made from it keep their targets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the segment to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value tie&amp;r</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count&amp;y or district</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account managers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ris&amp;k signals fired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H&amp;olds products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not hold products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum monthly spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum value score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only under-valued customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modest spend but high loyalty, share or growth, or many members paying privately (the Under-valued list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly spend at least (yuan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value score at least</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved segments yet: define one on the right, name it and save it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add segmen&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Finance customers without a leased line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Share with my team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your team sees a shared segment; it stays shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers in the segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the new segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the segment first: the saved segment is exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 shares this segment with the team: copy it to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n customer(s) in your book</source>
        <translation>
            <numerusform>%n customer in your book</numerusform><numerusform>%n customers in your book</numerusform></translation>
    </message>
    <message>
        <source>; the first %1 by name are listed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only on demand (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown with a critical or major fault reported while offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;NOC hotline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A holiday's care to-do for each customer is due this many days before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Holiday care:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings could not be saved to the profile folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SeverityLabel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New record on the page shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a contact (customer 360)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities: table or stage board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage board: move a card one stage on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities: undo the last stage move (unsent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the quote to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit the quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the calendar of a date field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The underlined letter of a field or button</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — bigcust-desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the data on this computer; changes are sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working offline needs the data on this computer: sign in once while online and let the first sync finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 change(s) of the previous user are not on the server yet. Signing in as another user deletes them from this computer. To send them, sign in as that user and sync; or export them to a file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export, then sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in failed; see the log file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing out removes all data of this account from this computer, with the reports in the profile's exports folder and the log files; reports saved elsewhere stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 change(s) are not on the server yet and would be lost. Sync first to send them, or export them to a file you keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether changes wait to be sent could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ync, then sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export, then sign out…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out and &amp;delete %1 change(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlaLevelLabel</name>
    <message>
        <source>Gold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlaText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breached by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageBoard</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;&lt;small&gt;weighted %4&lt;/small&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageLabel</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Starting the demo's simulator…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in to the demo…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the data on this computer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>○ Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Online · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>○ Offline · since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◐ Server busy · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⊘ Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ Sync failed · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last request to the server got its answer at this time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot be reached: work goes on, changes wait here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The server asked to wait %n seconds before trying again.</source>
        <translation>
            <numerusform>The server asked to wait %n second before trying again.</numerusform><numerusform>The server asked to wait %n seconds before trying again.</numerusform></translation>
    </message>
    <message>
        <source>The server had a problem; the next sync tries again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in (File → Sign in) to sync; your changes are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last sync stopped: see the sync panel's log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscriberKindLabel</name>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IoT card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broadband</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leased line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IDC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscriberStatusLabel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SuppressionReasonLabel</name>
    <message>
        <source>Same topic contacted recently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly contact cap reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer opted out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open complaint or fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPanelPage</name>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting: %1 · Refused: %2 · Conflicts: %3 · Set aside: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStateLabel</name>
    <message>
        <source>Synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SystemLabel</name>
    <message>
        <source>Provincial CRM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BOSS (provincial billing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City CRM</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not part of a group)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>Target customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign to the t&amp;eam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 customers to contact, %2 left out by the contact-fatigue rule (why: the last column).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This round is assigned already (%1 tasks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customer to target: the segment selects nobody in your team's book, or the earlier round left nobody to follow up.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n task(s) assigned; they reach the managers with the next sync.</source>
        <translation>
            <numerusform>%n task assigned; it reaches the manager with the next sync.</numerusform><numerusform>%n tasks assigned; they reach the managers with the next sync.</numerusform></translation>
    </message>
</context>
<context>
    <name>TaskOpportunityDialog</name>
    <message>
        <source>Opportunity from the campaign</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskOutcomeLabel</name>
    <message>
        <source>Interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunity opened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskStateLabel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suppressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not &amp;reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Opportunity opened…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to &amp;to-dos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan this task as a to-do (a call or visit at a time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;360 view</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open campaign task(s) assigned to you. Log the outcome of each.</source>
        <translation>
            <numerusform>%n open campaign task assigned to you. Log its outcome.</numerusform><numerusform>%n open campaign tasks assigned to you. Log the outcome of each.</numerusform></translation>
    </message>
    <message>
        <source>No open campaign tasks: your regional manager assigns them, and they arrive with the sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome saved; it goes to the city CRM at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added to your to-dos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This task is already among your to-dos.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketDetailDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line or circuit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the customer says (required to reopen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reopen: still not fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This ticket is no longer on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>urgent: call the NOC on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault ticket %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw: reported by mistake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close ticket: customer confirms the fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operations centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status changed to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketStatusLabel</name>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketTable</name>
    <message>
        <source>SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on this computer; sent to the operations centre at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line or circuit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketsCard</name>
    <message>
        <source>Open fault tickets by severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open tickets, %1 past their SLA.</source>
        <translation>
            <numerusform>%n open ticket, %1 past its SLA.</numerusform><numerusform>%n open tickets, %1 past their SLA.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 breached)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the open tickets of this severity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <source>Report a fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report a fault (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to &amp;to-dos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A to-do to chase the selected fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search fault tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault, customer or line number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SLA &amp;breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault tickets</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fault tickets</source>
        <translation>
            <numerusform>%n fault ticket</numerusform><numerusform>%n fault tickets</numerusform></translation>
    </message>
    <message>
        <source>Saved; it goes to the network operations centre when online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a fault ticket first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chase fault: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodoCard</name>
    <message>
        <source>To-dos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week &amp;plan</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform><numerusform>%n due today</numerusform></translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>Plan a visit or add a to-do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 拜访信息中心主任，汇报专线扩容方案</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the time</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform><numerusform>%n days before</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform><numerusform>%n hours before</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n minute before</numerusform><numerusform>%n minutes before</numerusform></translation>
    </message>
</context>
<context>
    <name>TodoKindLabel</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Care date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodoSourceLabel</name>
    <message>
        <source>Fault ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At-risk signal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodoStatusLabel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodoTable</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodosPage</name>
    <message>
        <source>&amp;Plan or add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan a visit or add a to-do (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log the visit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log the contact; the planned item is closed with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which to-dos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search to-dos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-do or customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-dos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-do l&amp;ist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Week plan</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n to-dos</source>
        <translation>
            <numerusform>%n to-do</numerusform><numerusform>%n to-dos</numerusform></translation>
    </message>
    <message>
        <source>To-do saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a to-do first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a planned visit first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This to-do is closed already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit logged; the plan is closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Quote total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List price: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line(s) below the floor price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line(s) below the floor price: on submission the quote goes to the regional manager for approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the lines named under the table to price the quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every line is at or above its floor price: the quote is approved on submission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval level: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly fees over the term %1 · One-time charges %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excl. VAT %1 · VAT %2 · Incl. VAT %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At %1: excl. VAT %2 · VAT %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per branch: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnderValuedTab</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is worth more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under-valued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;360 view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the value cards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 customers spend modestly but are worth more than their spend says: high loyalty, share of wallet or growth, or many members paying privately.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No under-valued customers in your book.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnsentChanges</name>
    <message>
        <source>: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new %1 “%2” exists only on this computer; it will be deleted: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your deletion of the %1 “%2” will be undone; the record comes back.%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your changes to the %1 “%2” will be lost: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cannot be undone. Export it first to keep a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook, to read (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON file, for support and re-import (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsent-changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export unsent changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer was reassigned to %1, so this record is no longer on this computer. Your change is kept here: copy it or export it, and ask %1 to make it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer has left your book (reassigned to another account manager), so this record is no longer on this computer. Your change is kept here: copy it or export it, and ask the new account manager to make it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 “%2” (read-only copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export unsent changes…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValidationMessage</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value has the wrong form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This field is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This field cannot be changed on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record cannot be edited on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount in yuan, such as 12800.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a real date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a real date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a month (YYYY-MM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credit code is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credit code contains a character that is not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters 3 to 8 of the credit code must be an administrative division code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credit code's check character does not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ID number is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ID number has 18 digits (or 15 in the old format).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date in the ID number is not possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ID number's check digit does not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only people born from 1900 to 1999 had a 15-digit ID number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mobile number is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The telephone number is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A telephone number is an area code starting with 0 and a 7- or 8-digit number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a mobile or a landline number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An IoT number has 13 digits starting with 1064 or 14.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The maximum is below the minimum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end time cannot be before the start time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the earlier round whose targets this round follows up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the opportunity that was opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A done task, and only one, carries its outcome.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A suppressed task, and only one, carries the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A done to-do, and only one, has its done time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give both the source and its record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a planned time or a due time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This date is still to come.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal talks must start before the contract ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A planned visit or call needs a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A circuit is listed once per contract.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person cannot report to self.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown sales stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An opportunity cannot move from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A won deal is final: a new deal is a new opportunity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deal is won on an offer: move it to proposal or negotiation first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An opportunity moves back one stage at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A lost opportunity reopens as a lead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the signing date, today or earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change has already been sent to the server: it cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the opportunity was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The probability is a whole percentage from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discount is a percentage from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity is a whole number from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The term is a whole number of months from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This product is sold for at least %1 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quote needs at least one line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This quote cannot change from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a product.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This product is no longer sold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quote must be valid until today or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a draft quote can be changed; revise it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the quote back to draft to change its lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a regional or city manager decides on quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The regional manager of the customer's team or the city manager approves or rejects a quote, never his or her own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This quote is not waiting for approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the quote is rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft is edited, not revised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the price goes below the floor: the approver reads it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This ticket cannot change from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change of status is made by the operations centre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what is still not working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propose at least one change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This field cannot be changed by a change request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new value is the same as the current one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A contact that has not happened yet cannot be logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This contact person belongs to another customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This opportunity belongs to another customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record this points to is not on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer is no longer in your book (reassigned to another manager?). Discard the change, or ask your regional manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server no longer has this record. Discard the change; the next sync tidies up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record's identifier was refused by the server. Discard the change and enter it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server took this change for someone else's. Discard it and make it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sent change request cannot be changed: submit a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A history entry cannot be changed once recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time lies in the future: check this computer's clock, then sync again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This quote already has a revision: revise the latest one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the team's regional manager plans campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the team's regional manager plans campaign rounds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the team's regional manager assigns campaign tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a campaign task you report its outcome only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A task goes to the customer's own account manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the segment's owner can change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shared segment stays shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A to-do is for yourself (a regional manager may assign his team).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer already has a contract with this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the customer's account manager records contacts' roles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This person already has this role: edit it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reporting lines would go round in a circle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose mine or theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a PDF, an image or an office file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file is at most %1 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's content does not match its name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This contract is not on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in before attaching a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proposal touches none of this customer's lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A saved rehearsal already has this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This campaign task is already closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The opportunity must be for the task's customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the saved segment whose customers the campaign targets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too large for the server to take in one request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server could not read this change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text is too short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stage rules do not allow this move. Check the stage and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quote's status cannot change this way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network operations centre changes this ticket's status, not the account manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity is out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The term is out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The term is shorter than the product's minimum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer was reassigned to %1. Discard the change, or ask %1 to make it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this change (%1). See the details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueFactorLabel</name>
    <message>
        <source>Spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment behaviour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <source>Factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Province's value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the cached book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value factors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This customer is not in your cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the published weights give the same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the published weights give %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Province's value tier &lt;b&gt;%1&lt;/b&gt;, score &lt;b&gt;%2&lt;/b&gt; (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group-paid (公用): %1 lines, %2 a month · member-paid (私用): %3 lines, %4 a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1 lines paid by accounts not in your cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Under-valued&lt;/b&gt;: modest spend, but %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>Typical month of the last three %1; active lines %2 a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1 months of bills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last three months %1 against %2 before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer since %1 (%2 years); oldest line since %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our lines %1 a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; other carriers %1, our share %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 bills in twelve months paid in full on time; %3 overdue now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 member-paid lines</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueTierLabel</name>
    <message>
        <source>Strategic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VatCategoryLabel</name>
    <message>
        <source>Basic telecom 9%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value-added telecom 6%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goods 13%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <source>Versions of this quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(replaced)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1, replaces version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaced by version %1: read-only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message>
        <source>◀ Previous week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This wee&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next week ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file for Outlook, WeCom or DingTalk calendars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week plan</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Week of %1 to %2: %n planned</source>
        <translation>
            <numerusform>Week of %1 to %2: %n planned</numerusform><numerusform>Week of %1 to %2: %n planned</numerusform></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the week to a calendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan names key contacts. Their names are personal data: put them in the file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Include names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Leave names out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit plan %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorklistTab</name>
    <message>
        <source>Name, short name or pinyin initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All signals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ignal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a &amp;contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retention quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to &amp;to-dos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;360 view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the worklist…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customers at risk since the last sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customer at risk matches the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 customers at risk of %2 assessed; revenue at risk %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a customer to see why it is at risk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue at risk: %1 a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Added to the to-dos, due in %n day(s).</source>
        <translation>
            <numerusform>Added to the to-dos, due in %n day.</numerusform><numerusform>Added to the to-dos, due in %n days.</numerusform></translation>
    </message>
</context>
</TS>