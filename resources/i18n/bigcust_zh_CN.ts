<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountStatusLabel</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停机</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Search topic, notes or customer</source>
        <translation>搜索主题、备注或客户</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索接触记录</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>最近%1天</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Show the contacts of every customer</source>
        <translation>显示所有客户的接触记录</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>记录接触(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a contact (Ctrl+N)</source>
        <translation>记录接触（Ctrl+N）</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>记录接触</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>接触人</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Customer: %1 ✕</source>
        <translation>客户：%1 ✕</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>共 %1 条接触记录</translation>
    </message>
</context>
<context>
    <name>AnalyticsText</name>
    <message>
        <source>Not analysed yet: your customers are analysed after the first sync. Sync, then look again.</source>
        <translation>尚未分析：首次同步后才会分析您的客户。请先同步，再来查看。</translation>
    </message>
    <message>
        <source>Revenue falling</source>
        <translation>收入下滑</translation>
    </message>
    <message>
        <source>Arrears growing</source>
        <translation>欠费增长</translation>
    </message>
    <message>
        <source>Repeated faults</source>
        <translation>故障频发</translation>
    </message>
    <message>
        <source>Lines lost</source>
        <translation>用户流失</translation>
    </message>
    <message>
        <source>Term ending</source>
        <translation>合约到期</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>久未接触</translation>
    </message>
    <message>
        <source>Competitor offer</source>
        <translation>竞争对手报价</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>未联系</translation>
    </message>
    <message>
        <source>Rival</source>
        <translation>竞争</translation>
    </message>
    <message>
        <source>Follow up at-risk signals: %1</source>
        <translation>跟进流失预警：%1</translation>
    </message>
    <message>
        <source>Typical month %1 in %2–%3 against %4 in %5–%6 (%7); three months %8 vs %9.</source>
        <translation>%2至%3典型月 %1，对比%5至%6的 %4（%7）；三个月合计 %8，对比 %9。</translation>
    </message>
    <message>
        <source>%1 overdue, owing %2 months in a row up to %3; oldest due %4 days ago.</source>
        <translation>逾期未缴 %1，截至%3已连续欠费 %2 个月；最早一笔已逾期 %4 天。</translation>
    </message>
    <message>
        <source>Line %1: %2 faults, %3 past their SLA in %4 days (last %5); %6 lines hit.</source>
        <translation>用户 %1：%4 天内报障 %2 次，超时 %3 次（最近 %5）；涉及 %6 个用户。</translation>
    </message>
    <message>
        <source>%1 lines cancelled and %2 suspended in %3 days: %4% of %5 lines, %6 a month.</source>
        <translation>%3 天内拆机 %1 个、停机 %2 个，占 %5 个用户的 %4%，月收入 %6。</translation>
    </message>
    <message>
        <source>%1 terms end from %2 (in %3 days), %4 lines billing %5 a month.</source>
        <translation>%1 项合约自 %2 起到期（%3 天后），涉及 %4 个用户，月收入 %5。</translation>
    </message>
    <message>
        <source>Never contacted through any channel.</source>
        <translation>从未通过任何渠道接触。</translation>
    </message>
    <message>
        <source>No contact for %1 days: the last was on %2 (%3, %4).</source>
        <translation>已 %1 天未接触：最近一次在 %2（%3，%4）。</translation>
    </message>
    <message>
        <source>“%1” noted on %2 (%3, %4); %5 mentions in 180 days.</source>
        <translation>%2 记录到“%1”（%3，%4）；180 天内提及 %5 次。</translation>
    </message>
    <message>
        <source>a recorded competitor line</source>
        <translation>已记录的异网业务</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Tenure and loyalty</source>
        <translation>在网时长与忠诚度</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Payment behaviour</source>
        <translation>缴费行为</translation>
    </message>
    <message>
        <source>Member-paid lines</source>
        <translation>私用（成员自付）用户</translation>
    </message>
    <message>
        <source>Registered twice (same USCC)</source>
        <translation>重复登记（同一信用代码）</translation>
    </message>
    <message>
        <source>Registered twice (same name and address)</source>
        <translation>重复登记（名称与地址相同）</translation>
    </message>
    <message>
        <source>15-digit resident ID</source>
        <translation>15位身份证号</translation>
    </message>
    <message>
        <source>Invalid resident ID</source>
        <translation>身份证号无效</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>缺少电话号码</translation>
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation>电话号码无效</translation>
    </message>
    <message>
        <source>Key contact without a title</source>
        <translation>关键人缺少职务</translation>
    </message>
    <message>
        <source>USCC registered in another city</source>
        <translation>信用代码登记地与所在城市不符</translation>
    </message>
    <message>
        <source>Same enterprise as %1 (%2), registered earlier.</source>
        <translation>与先登记的 %1（%2）为同一企业。</translation>
    </message>
    <message>
        <source>%1 → 18 digits: %2</source>
        <translation>%1 → 18位：%2</translation>
    </message>
    <message>
        <source>Customer in %1, USCC registered in %2.</source>
        <translation>客户在%1，信用代码登记在%2。</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Empty; the right value must be supplied.</source>
        <translation>为空，需补充正确的值。</translation>
    </message>
    <message>
        <source>%1 line</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>demo — no keyring: key kept in the throw-away profile</source>
        <translation>演示 — 无系统密钥环：密钥保存在临时配置中</translation>
    </message>
</context>
<context>
    <name>ApprovalLevelLabel</name>
    <message>
        <source>No approval</source>
        <translation>无需审批</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县公司</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市公司</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省公司</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>报价合计</translation>
    </message>
    <message>
        <source>At list price</source>
        <translation>标准价合计</translation>
    </message>
    <message>
        <source>Approval level</source>
        <translation>审批层级</translation>
    </message>
    <message>
        <source>Discount depth</source>
        <translation>优惠幅度</translation>
    </message>
    <message>
        <source>Lines below floor</source>
        <translation>低于底价行数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Quotes waiting for approval</source>
        <translation>待审批的报价单</translation>
    </message>
    <message>
        <source>Lines of the selected quote</source>
        <translation>选中报价单的明细</translation>
    </message>
    <message>
        <source>Why you approve or reject; a rejection must say why</source>
        <translation>审批意见；驳回时必须说明原因</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>意见(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open quote</source>
        <translation>打开报价单(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes wait for your approval.</source>
        <translation>
            <numerusform>%n 份报价单等待您审批。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of your own quotes wait for the city manager.</source>
        <translation>
            <numerusform>您本人的 %n 份报价单等待市公司政企部经理审批。</numerusform></translation>
    </message>
    <message>
        <source>%1 of your quotes wait for the regional manager. Only a regional manager approves or rejects quotes.</source>
        <translation>您有 %1 份报价单等待区域经理审批。只有区域经理可以批准或驳回报价单。</translation>
    </message>
    <message>
        <source>No quote selected.</source>
        <translation>未选择报价单。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %5 — %2 · %3 months · total %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %5 — %2 · %3 个月 · 合计 %4</translation>
    </message>
    <message>
        <source>%1 overdue up to %2 days</source>
        <translation>%1，最长逾期 %2 天</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reason for approval</source>
        <translation>申请理由</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未填写理由）</translation>
    </message>
    <message>
        <source>Customer's arrears</source>
        <translation>客户欠费</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已驳回：%1</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Save the contract first; then attach its scanned pages.</source>
        <translation>请先保存合同，再添加合同扫描件。</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>添加附件(&amp;F)…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>打开(&amp;P)</translation>
    </message>
    <message>
        <source>Fetc&amp;h</source>
        <translation>下载(&amp;H)</translation>
    </message>
    <message>
        <source>Stop (&amp;I)</source>
        <translation>停止(&amp;I)</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>Partly here (%1%)</source>
        <translation>已下载 %1%</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <source>PDF, image, Word or Excel files up to 50 MB, synced apart.</source>
        <translation>PDF、图片、Word 或 Excel 文件，最大 50 MB，单独同步。</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx)</source>
        <translation>扫描件和文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx)</translation>
    </message>
    <message>
        <source>Set up the server in Settings to fetch the file.</source>
        <translation>请先在“设置”中填写服务器地址，再下载文件。</translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation>正在下载文件…</translation>
    </message>
    <message>
        <source>The server has not got the whole file yet; try later.</source>
        <translation>服务器上的文件尚未上传完整，请稍后再试。</translation>
    </message>
    <message>
        <source>The file is here and opens offline from now on.</source>
        <translation>文件已下载，今后离线也能打开。</translation>
    </message>
    <message>
        <source>Stopped; what came is kept, and Fetch goes on from there.</source>
        <translation>已停止；已下载的部分会保留，再次点击“下载”将从断点继续。</translation>
    </message>
</context>
<context>
    <name>AttitudeLabel</name>
    <message>
        <source>Supportive</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>BillStatusLabel</name>
    <message>
        <source>Paid</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分缴费</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
</context>
<context>
    <name>BillingPanel</name>
    <message>
        <source>Bills and arrears</source>
        <translation>账单与欠费</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠费金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue bills</source>
        <translation>逾期账单</translation>
    </message>
    <message>
        <source>Billed (¥)</source>
        <translation>出账（元）</translation>
    </message>
    <message>
        <source>Billed (¥10k)</source>
        <translation>出账（万元）</translation>
    </message>
    <message>
        <source>Paid (¥)</source>
        <translation>已缴（元）</translation>
    </message>
    <message>
        <source>Paid (¥10k)</source>
        <translation>已缴（万元）</translation>
    </message>
    <message>
        <source>Billed %1 in six months.</source>
        <translation>近六个月出账 %1。</translation>
    </message>
    <message>
        <source>Overdue: %1 on %2 bills, the oldest %3 days past due.</source>
        <translation>欠费 %1，共 %2 张账单，最早已逾期 %3 天。</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>无欠费。</translation>
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <source>Open opportunities</source>
        <translation>在跟商机</translation>
    </message>
    <message>
        <source>Quotes in play</source>
        <translation>有效报价</translation>
    </message>
    <message>
        <source>Open fault tickets</source>
        <translation>未结报障工单</translation>
    </message>
</context>
<context>
    <name>CalendarEntry</name>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 · %3</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>e.g. 2027 专线续约季</source>
        <translation>例如：2027 专线续约季</translation>
    </message>
    <message>
        <source>What the customers hear about, e.g. 专线续约</source>
        <translation>向客户宣传的主题，例如：专线续约</translation>
    </message>
    <message>
        <source>Contacts on the same topic within the fatigue window are counted against each other, whatever the channel.</source>
        <translation>同一主题的接触，无论通过哪个渠道，都按免打扰规则一并计算。</translation>
    </message>
    <message>
        <source>(any product)</source>
        <translation>（不限产品）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>Customer se&amp;gment</source>
        <translation>客户群(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <source>No saved customer segment yet. A campaign targets the customers of a saved segment: define and save one on the customer segments (客户分群) screen first.</source>
        <translation>还没有保存的客户群。营销活动面向一个已保存客户群中的客户：请先在“客户分群”中定义并保存客户群。</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Saved on this computer and sent to the city CRM at the next sync.</source>
        <translation>先保存在本机，下次同步时发送到地市 CRM。</translation>
    </message>
    <message>
        <source>Sign in as the team's regional manager first.</source>
        <translation>请先以本团队区域经理的身份登录。</translation>
    </message>
</context>
<context>
    <name>CampaignStatusLabel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CampaignTargets</name>
    <message>
        <source>%1, %2 by %3: “%4”</source>
        <translation>%1，%3通过%2接触：“%4”</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>待接触</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>免打扰原因</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&amp;Campaigns</source>
        <translation>活动策划(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation>我的营销任务(&amp;M)</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>接受程度(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CarrierLabel</name>
    <message>
        <source>China Telecom</source>
        <translation>中国电信</translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation>中国联通</translation>
    </message>
    <message>
        <source>China Broadnet</source>
        <translation>中国广电</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Find a product</source>
        <translation>查找产品</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>List / month</source>
        <translation>标准资费/月</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>底价</translation>
    </message>
    <message>
        <source>Min. term</source>
        <translation>最短合约期</translation>
    </message>
    <message>
        <source>%1 mo.</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>产品资费目录</translation>
    </message>
    <message>
        <source>&amp;Add to quote</source>
        <translation>加入报价(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <source>Propose a correction</source>
        <translation>申请资料变更</translation>
    </message>
    <message>
        <source>Set by the province and not correctable here: %1.</source>
        <translation>以下字段由省公司设定，不能在此申请变更：%1。</translation>
    </message>
    <message>
        <source>Record to correct</source>
        <translation>要更正的资料</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Key contact: %1 · %2</source>
        <translation>关键人：%1 · %2</translation>
    </message>
    <message>
        <source>Why the record is wrong and where the right value comes from</source>
        <translation>说明资料错误的原因及正确信息的来源</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>变更原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>提交申请(&amp;S)</translation>
    </message>
    <message>
        <source>Submit (Ctrl+S)</source>
        <translation>提交（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>资料(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ChangeRequestStatusLabel</name>
    <message>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>ChannelLabel</name>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Call-centre campaign</source>
        <translation>外呼活动</translation>
    </message>
</context>
<context>
    <name>ChargeTypeLabel</name>
    <message>
        <source>Monthly</source>
        <translation>月租</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性</translation>
    </message>
</context>
<context>
    <name>CircuitsEditor</name>
    <message>
        <source>Add a &amp;circuit</source>
        <translation>添加电路(&amp;C)</translation>
    </message>
    <message>
        <source>Line or circuit</source>
        <translation>用户或电路</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>服务等级</translation>
    </message>
    <message>
        <source>Restore within (h)</source>
        <translation>修复时限（小时）</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>可用率（%）</translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>确认赢单</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>确认输单</translation>
    </message>
    <message>
        <source>“%1” for %2 will be booked as won: %3 counts as won revenue.</source>
        <translation>“%1”（%2）将记为赢单：%3 计入赢单金额。</translation>
    </message>
    <message>
        <source>“%1” for %2 will be closed as lost: %3 leaves the pipeline.</source>
        <translation>“%1”（%2）将记为输单：%3 移出销售漏斗。</translation>
    </message>
    <message>
        <source>Amount per year</source>
        <translation>年金额</translation>
    </message>
    <message>
        <source>Why did the customer decide against us?</source>
        <translation>客户为何没有选择我们？</translation>
    </message>
    <message>
        <source>&amp;Signing date</source>
        <translation>签约日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reason lost</source>
        <translation>输单原因(&amp;R)</translation>
    </message>
    <message>
        <source>You can undo this until the next sync sends it to the city CRM.</source>
        <translation>下次同步提交到地市 CRM 之前，可以撤销此操作。</translation>
    </message>
    <message>
        <source>&amp;Mark as won</source>
        <translation>确认赢单(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mark as lost</source>
        <translation>确认输单(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CompetitorLineDialog</name>
    <message>
        <source>Competitor line</source>
        <translation>异网业务</translation>
    </message>
    <message>
        <source>when known</source>
        <translation>已知时填写</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>运营商(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>业务类型(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>数量(&amp;L)</translation>
    </message>
    <message>
        <source>Monthly s&amp;pend</source>
        <translation>月消费(&amp;P)</translation>
    </message>
    <message>
        <source>Contract &amp;ends</source>
        <translation>合约到期(&amp;E)</translation>
    </message>
    <message>
        <source>Lea&amp;rned from</source>
        <translation>信息来源(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Learned &amp;on</source>
        <translation>获知日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>CompetitorServiceLabel</name>
    <message>
        <source>Mobile</source>
        <translation>移动电话</translation>
    </message>
    <message>
        <source>IoT</source>
        <translation>物联网</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>宽带</translation>
    </message>
    <message>
        <source>Leased line</source>
        <translation>专线</translation>
    </message>
    <message>
        <source>Fixed voice</source>
        <translation>固话</translation>
    </message>
    <message>
        <source>IDC</source>
        <translation>IDC</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CompetitorSourceLabel</name>
    <message>
        <source>Customer told us</source>
        <translation>客户告知</translation>
    </message>
    <message>
        <source>Seen on site</source>
        <translation>现场了解</translation>
    </message>
    <message>
        <source>Tender documents</source>
        <translation>招标信息</translation>
    </message>
    <message>
        <source>Bill or invoice seen</source>
        <translation>账单或发票</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CompetitorStatusLabel</name>
    <message>
        <source>Active</source>
        <translation>在网</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已策反</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>CompetitorsTab</name>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>月消费</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>合约到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Learned from</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Learned on</source>
        <translation>获知日期</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Competitor lines</source>
        <translation>异网业务</translation>
    </message>
    <message>
        <source>Heard on</source>
        <translation>获知日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <source>Competitor's offer</source>
        <translation>竞争对手报价</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Add a co&amp;mpetitor line…</source>
        <translation>记录异网业务(&amp;M)…</translation>
    </message>
    <message>
        <source>Competitors' offers heard in contacts</source>
        <translation>接触中获知的竞争对手报价</translation>
    </message>
    <message numerus="yes">
        <source>%n active lines with other carriers, %1 a month known</source>
        <translation>
            <numerusform>异网在网 %n 条，已知月消费 %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Choose a conflict on the left.</source>
        <translation>请在左侧选择一个冲突。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>保留我的版本：%1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>采用服务器版本：%1</translation>
    </message>
    <message>
        <source>The server deleted this record while you changed it.</source>
        <translation>您修改此记录期间，服务器已将其删除。</translation>
    </message>
    <message>
        <source>Keep my version as a new record</source>
        <translation>将我的版本另存为新记录</translation>
    </message>
    <message>
        <source>Let it go (accept the deletion)</source>
        <translation>放弃（接受删除）</translation>
    </message>
    <message>
        <source>You deleted this record while the server changed it.</source>
        <translation>您删除此记录期间，服务器修改了它。</translation>
    </message>
    <message>
        <source>Delete it anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <source>Keep the server's version</source>
        <translation>保留服务器版本</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Customers by days since the last contact</source>
        <translation>客户距上次接触天数</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次接触</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Most valuable customers not contacted</source>
        <translation>未接触的高价值客户</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2 customers have had no contact in %3 days.</source>
        <translation>%2 个客户中有 %1 个已 %3 天未接触。</translation>
    </message>
    <message>
        <source>Show all %1 not contacted</source>
        <translation>查看全部 %1 个未接触客户</translation>
    </message>
</context>
<context>
    <name>ContactFieldLabel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Key decision maker</source>
        <translation>关键决策人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Key contacts</source>
        <translation>关键人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>★ key decision maker. </source>
        <translation>★ 关键决策人。</translation>
    </message>
</context>
<context>
    <name>ContentStateLabel</name>
    <message>
        <source>Waiting for upload</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>已上传</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>e.g. HZ-ZQ-2026-0158</source>
        <translation>例如：HZ-ZQ-2026-0158</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Renews &amp;automatically</source>
        <translation>到期自动续约(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>合同编号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>合同名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Status (&amp;L)</source>
        <translation>状态(&amp;L)</translation>
    </message>
    <message>
        <source>Si&amp;gned on</source>
        <translation>签订日期(&amp;G)</translation>
    </message>
    <message>
        <source>T&amp;erm</source>
        <translation>合同期限(&amp;E)</translation>
    </message>
    <message>
        <source>Rene&amp;wal talks from</source>
        <translation>续约洽谈日(&amp;W)</translation>
    </message>
    <message>
        <source>Notice (&amp;days)</source>
        <translation>提前通知天数(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>合同金额(&amp;M)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Circuits and their service levels</source>
        <translation>电路及服务等级</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>ContractKindLabel</name>
    <message>
        <source>Framework agreement</source>
        <translation>框架协议</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>业务合同</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>补充协议</translation>
    </message>
    <message>
        <source>Service level agreement</source>
        <translation>服务等级协议</translation>
    </message>
</context>
<context>
    <name>ContractLines</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ContractStatusLabel</name>
    <message>
        <source>Draft</source>
        <translation>草拟</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续签</translation>
    </message>
</context>
<context>
    <name>ContractTable</name>
    <message>
        <source>Number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Renewal talks</source>
        <translation>续约洽谈</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation>电路数</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Ne&amp;w contract…</source>
        <translation>新建合同(&amp;W)…</translation>
    </message>
    <message>
        <source>New contract (Ctrl+N)</source>
        <translation>新建合同（Ctrl+N）</translation>
    </message>
    <message>
        <source>Add to &amp;to-dos…</source>
        <translation>加入待办(&amp;T)…</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>搜索合同</translation>
    </message>
    <message>
        <source>Number, contract or customer</source>
        <translation>合同编号、名称或客户</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>&amp;Ending within 90 days</source>
        <translation>90 天内到期(&amp;E)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message numerus="yes">
        <source>%n contracts</source>
        <translation>
            <numerusform>共 %n 份合同</numerusform></translation>
    </message>
    <message>
        <source>Contract saved.</source>
        <translation>合同已保存。</translation>
    </message>
    <message>
        <source>Choose a contract first.</source>
        <translation>请先选择一份合同。</translation>
    </message>
    <message>
        <source>Renew %1 (%2)</source>
        <translation>续约：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Ne&amp;w contract…</source>
        <translation>新建合同(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>Customer360</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount / year</source>
        <translation>年金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计签约</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总价</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>报价编号</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>Breached %1 ago</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>号码/电路</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>接触人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>申请变更内容</translation>
    </message>
    <message>
        <source>Reviewer's note</source>
        <translation>审核意见</translation>
    </message>
</context>
<context>
    <name>Customer360Page</name>
    <message>
        <source>Open a customer from the customer list (Ctrl+F).</source>
        <translation>请在客户列表中打开一个客户（Ctrl+F）。</translation>
    </message>
    <message>
        <source>&amp;Lines and services</source>
        <translation>用户与服务(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>商机报价报障(&amp;B)</translation>
    </message>
    <message>
        <source>Con&amp;tacts and requests</source>
        <translation>接触与变更申请(&amp;T)</translation>
    </message>
    <message>
        <source>New &amp;opportunity</source>
        <translation>新建商机(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;quote</source>
        <translation>新建报价(&amp;Q)</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>概览(&amp;V)</translation>
    </message>
    <message>
        <source>Gro&amp;up</source>
        <translation>集团(&amp;U)</translation>
    </message>
    <message>
        <source>Contr&amp;acts</source>
        <translation>合同(&amp;A)</translation>
    </message>
    <message>
        <source>Deci&amp;sion chain</source>
        <translation>决策链(&amp;S)</translation>
    </message>
    <message>
        <source>Other carr&amp;iers</source>
        <translation>异网(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Report a fault</source>
        <translation>报障(&amp;R)</translation>
    </message>
    <message>
        <source>Log a &amp;contact</source>
        <translation>记录接触(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Propose a correction…</source>
        <translation>申请资料变更(&amp;P)…</translation>
    </message>
    <message>
        <source>R&amp;ehearse a tariff…</source>
        <translation>资费预演(&amp;E)…</translation>
    </message>
    <message>
        <source>A&amp;dd to to-dos…</source>
        <translation>加入待办(&amp;D)…</translation>
    </message>
    <message>
        <source>This customer is not in your cache (any more). It may have been assigned to another manager.</source>
        <translation>本机缓存中没有（或已不再有）该客户，可能已划转给其他客户经理。</translation>
    </message>
    <message>
        <source>Arrears %1</source>
        <translation>欠费 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities, weighted %1</source>
        <translation>
            <numerusform>在跟商机 %n 个，加权 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open faults (%1 past SLA)</source>
        <translation>
            <numerusform>未结报障 %n 张（超时 %1 张）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>用户 %n 个</numerusform></translation>
    </message>
    <message>
        <source>last contact %1 (%2)</source>
        <translation>上次接触 %1（%2）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform></translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>从未接触</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Group totals</source>
        <translation>集团汇总</translation>
    </message>
    <message>
        <source>Missing products</source>
        <translation>交叉销售</translation>
    </message>
</context>
<context>
    <name>CustomerFieldLabel</name>
    <message>
        <source>Registered name</source>
        <translation>注册名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>City</source>
        <translation>地市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Group (parent customer)</source>
        <translation>所属集团</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值评分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>入网日期</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>City</source>
        <translation>地市</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值得分</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Search name, credit code or service number (Ctrl+F)</source>
        <translation>搜索客户名称、信用代码或业务号码（Ctrl+F）</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>客户搜索</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部价值等级</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部地市</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>any last contact</source>
        <translation>不限最近接触</translation>
    </message>
    <message>
        <source>not contacted </source>
        <translation>未接触 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Not contacted in days</source>
        <translation>未接触天数</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>共 %n 个客户</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type part of the customer's name</source>
        <translation>输入客户名称的一部分</translation>
    </message>
</context>
<context>
    <name>CustomerStatusLabel</name>
    <message>
        <source>Active</source>
        <translation>在网</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉默</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已离网</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>All customers in this cache</source>
        <translation>本机缓存中的全部客户</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>team book</source>
        <translation>团队客户</translation>
    </message>
    <message>
        <source>my book</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Date, YYYY-MM-DD; F4 opens the calendar</source>
        <translation>日期，格式 YYYY-MM-DD；按 F4 打开日历</translation>
    </message>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation>从日历中选择（F4）</translation>
    </message>
</context>
<context>
    <name>DecisionChainTab</name>
    <message>
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <source>The decision chain is personal data: only the customer's own account manager sees it.</source>
        <translation>决策链属于个人信息，仅该客户的客户经理本人可见。</translation>
    </message>
    <message>
        <source>S&amp;et role…</source>
        <translation>设置角色(&amp;E)…</translation>
    </message>
    <message>
        <source>To-do &amp;with this contact…</source>
        <translation>与此关键人的待办(&amp;W)…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>关键人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近接触</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未接触</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>拜访%1</translation>
    </message>
</context>
<context>
    <name>DecisionRoleLabel</name>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
</context>
<context>
    <name>EndpointsForm</name>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>服务器(&amp;R)：</translation>
    </message>
    <message>
        <source>The three systems have separate addresses</source>
        <translation>三个系统使用不同地址</translation>
    </message>
    <message>
        <source>Provincial &amp;CRM:</source>
        <translation>省级 &amp;CRM：</translation>
    </message>
    <message>
        <source>&amp;BOSS billing:</source>
        <translation>BOSS 计费(&amp;B)：</translation>
    </message>
    <message>
        <source>Ci&amp;ty CRM:</source>
        <translation>地市 CRM(&amp;T)：</translation>
    </message>
    <message>
        <source>optional: the operator's CA certificates (PEM)</source>
        <translation>可选：运营商 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>C&amp;A bundle:</source>
        <translation>CA 证书(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose CA bundle</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The CA bundle file does not exist.</source>
        <translation>CA 证书文件不存在。</translation>
    </message>
    <message>
        <source>Use https:// for a server on another computer: plain http:// would send your password and data unencrypted. http:// is allowed only for this computer (localhost).</source>
        <translation>其他计算机上的服务器请使用 https://：http:// 会以明文发送密码和数据。http:// 仅允许用于本机（localhost）。</translation>
    </message>
    <message>
        <source>Enter a full address starting with https:// (or http:// for a test).</source>
        <translation>请输入以 https:// 开头的完整地址（测试环境可用 http://）。</translation>
    </message>
</context>
<context>
    <name>EntityLabel</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>集团客户</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>关键人</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>客户资料变更申请</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>资费</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>月账单</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>客户接触记录</translation>
    </message>
    <message>
        <source>Fault ticket</source>
        <translation>报障工单</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign round</source>
        <translation>营销轮次</translation>
    </message>
    <message>
        <source>Campaign task</source>
        <translation>营销任务</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Contract attachment</source>
        <translation>合同附件</translation>
    </message>
    <message>
        <source>Competitor line</source>
        <translation>异网业务</translation>
    </message>
    <message>
        <source>Decision-chain role</source>
        <translation>决策链角色</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>审计事件</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server cannot be reached. Your changes are kept and sent at the next sync.</source>
        <translation>无法连接服务器。您的修改已保留，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>服务器响应超时，请稍后重试。</translation>
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation>服务器出现问题，请稍后重试。</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a few minutes.</source>
        <translation>服务器繁忙，请几分钟后重试。</translation>
    </message>
    <message>
        <source>The server sent an incomplete answer. Try again.</source>
        <translation>服务器返回的数据不完整，请重试。</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified. Check the CA bundle in Settings.</source>
        <translation>无法验证服务器证书，请在设置中检查 CA 证书。</translation>
    </message>
    <message>
        <source>Another sync of this profile is already running.</source>
        <translation>此配置已有一个同步正在进行。</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>The server refused the request. See the log file.</source>
        <translation>服务器拒绝了请求，详见日志文件。</translation>
    </message>
    <message>
        <source>The server no longer knows where this computer's last download stopped. Sync again: the data is downloaded afresh.</source>
        <translation>服务器已无法识别本机上次下载的位置。请重新同步，数据将重新下载。</translation>
    </message>
    <message>
        <source>The server did not understand this program's request; your changes are kept. Update the program or give the log file to support.</source>
        <translation>服务器无法识别本程序的请求，您的修改已保留。请升级程序，或将日志文件发给技术支持。</translation>
    </message>
    <message>
        <source>The server address answers, but not as the CRM. Check the server address in Settings.</source>
        <translation>该服务器地址有应答，但不是 CRM 服务。请在“设置”中检查服务器地址。</translation>
    </message>
    <message>
        <source>The server does not accept this program's request: this version may be too old. Update the program; your changes are kept.</source>
        <translation>服务器不接受本程序的请求，可能是程序版本过旧。请升级程序，您的修改已保留。</translation>
    </message>
    <message>
        <source>The server refused a batch of changes as too large; they are kept. Sync again.</source>
        <translation>服务器认为这批修改过大而拒收，修改已保留。请重新同步。</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept. Try again, or see the log file.</source>
        <translation>同步失败，您的修改已保留。请重试，或查看日志文件。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again; pending changes are kept.</source>
        <translation>登录已过期，请重新登录；待同步的修改已保留。</translation>
    </message>
    <message>
        <source>The server did not accept this session for now; your sign-in is kept. Try again later; if it goes on, tell the IT help desk.</source>
        <translation>服务器暂时不接受本次会话；您的登录仍然有效。请稍后重试；如持续出现，请联系信息化支持。</translation>
    </message>
    <message>
        <source>This computer holds changes of the previous user that are not on the server yet; signing in as another user would delete them. Sign in as that user and sync first, or export them.</source>
        <translation>本机还有上一位用户尚未发送到服务器的修改，以其他用户登录会删除它们。请先以该用户登录并同步，或将其导出。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account has been disabled by the operator. The local data has been removed from this computer.</source>
        <translation>此账号已被停用，本机上的数据已被清除。</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>您尚未登录。</translation>
    </message>
    <message>
        <source>The server address is not a valid http(s) address.</source>
        <translation>服务器地址不是有效的 http(s) 地址。</translation>
    </message>
    <message>
        <source>The CA bundle file does not exist.</source>
        <translation>CA 证书文件不存在。</translation>
    </message>
    <message>
        <source>The settings file of this profile cannot be read.</source>
        <translation>无法读取此配置的设置文件。</translation>
    </message>
    <message>
        <source>The settings file of this profile cannot be written.</source>
        <translation>无法写入此配置的设置文件。</translation>
    </message>
    <message>
        <source>The server address uses plain http:// for another computer. Use https:// in Settings: http:// would send your password and data unencrypted.</source>
        <translation>服务器地址对其他计算机使用了明文 http://。请在“设置”中改用 https://：http:// 会以明文发送密码和数据。</translation>
    </message>
    <message>
        <source>The compression setting in the settings file is not auto, gzip or identity.</source>
        <translation>设置文件中的压缩方式不是 auto、gzip 或 identity 之一。</translation>
    </message>
    <message>
        <source>%1 is open in another program (Excel or WPS): close it and try again.</source>
        <translation>%1 已在其他程序（Excel 或 WPS）中打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder or the file is read-only for you.</source>
        <translation>无法写入 %1：该文件夹或文件对您是只读的。</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written.</source>
        <translation>磁盘已满，%1 未写入。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 写入失败。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx.</source>
        <translation>文件名必须以 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>The file name is too long: shorten it.</source>
        <translation>文件名过长，请缩短。</translation>
    </message>
    <message>
        <source>Give a file name, not a folder.</source>
        <translation>请填写文件名，而不是文件夹。</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>起始月份晚于截止月份。</translation>
    </message>
    <message>
        <source>Choose the period's months from the lists.</source>
        <translation>请从列表中选择起止月份。</translation>
    </message>
    <message>
        <source>The period is too long for this report.</source>
        <translation>所选期间超出此报表允许的长度。</translation>
    </message>
    <message>
        <source>The number of days is out of range.</source>
        <translation>天数超出允许范围。</translation>
    </message>
    <message>
        <source>This report is not known to this version of the program.</source>
        <translation>本版本程序不支持此报表。</translation>
    </message>
    <message>
        <source>Choose at least one report.</source>
        <translation>请至少选择一个报表。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was left behind.</source>
        <translation>导出已取消，未留下任何文件。</translation>
    </message>
    <message>
        <source>This quote is no longer on this computer.</source>
        <translation>此报价单已不在本机。</translation>
    </message>
    <message>
        <source>The report could not be made. See the log file.</source>
        <translation>无法生成报表，详见日志文件。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The profile %1 is a file, not a folder. Choose a folder with --profile.</source>
        <translation>配置 %1 是一个文件，不是文件夹。请用 --profile 指定一个文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 holds other files and is not a bigcust-desktop profile. Choose an empty or new folder with --profile.</source>
        <translation>文件夹 %1 中有其他文件，且不是 bigcust-desktop 的配置文件夹。请用 --profile 指定一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>The profile folder is empty: name a folder.</source>
        <translation>配置文件夹路径为空，请指定一个文件夹。</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be used. Check that it can be written.</source>
        <translation>无法使用配置文件夹 %1，请检查其是否可写。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in {seconds} seconds.</source>
        <translation>登录失败次数过多，请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>The local data file is damaged. Quit and start the program again: it checks the data and offers to rebuild it from the server, keeping the changes not yet sent.</source>
        <translation>本地数据文件已损坏。请退出并重新启动程序：程序会检查数据，并提供从服务器重建的选项，同时保留尚未发送的更改。</translation>
    </message>
    <message>
        <source>The local data cannot be opened with the key in the keyring: the key is wrong. Changes not yet sent cannot be read, nor exported, without the right key. If IT can restore the right key, they are kept; otherwise sign out to remove the data and download it again, and those changes are lost.</source>
        <translation>本地数据无法用密钥环中的密钥打开：密钥不正确。没有正确的密钥，尚未发送的更改既无法读取，也无法导出。如果 IT 能恢复正确的密钥，这些更改会保留；否则请退出登录以删除本地数据并重新下载，这些更改将丢失。</translation>
    </message>
    <message>
        <source>The key of the local data is missing from the system keyring, so the data (and changes not yet sent) cannot be read. Ask IT to restore the keyring entry; no new key was made. Otherwise sign out to remove the data and download it again.</source>
        <translation>系统钥匙串中缺少本机数据的密钥，因此无法读取这些数据（包括尚未发送的修改）。请联系信息化支持恢复钥匙串条目；程序没有生成新密钥。否则请退出登录删除这些数据，再重新下载。</translation>
    </message>
    <message>
        <source>The demo's simulator did not start. The details are in the log file.</source>
        <translation>演示用模拟服务器未能启动，详见日志文件。</translation>
    </message>
    <message>
        <source>The local data file is damaged (cut short or overwritten). Do not delete it: changes not yet sent may still be recovered from it. Contact IT.</source>
        <translation>本机数据文件已损坏（被截断或被覆盖）。请不要删除它：其中尚未发送的修改可能还能恢复。请联系信息化支持。</translation>
    </message>
    <message>
        <source>The disk is full, so the local data cannot be written. Free some space, then start the program again; nothing is lost.</source>
        <translation>磁盘已满，无法写入本机数据。请释放一些空间后重新启动程序；数据不会丢失。</translation>
    </message>
    <message>
        <source>The local data file is read-only. Give your account write access to it, then start the program again; nothing is lost.</source>
        <translation>本机数据文件为只读。请为您的账户开放写入权限后重新启动程序；数据不会丢失。</translation>
    </message>
    <message>
        <source>The program cannot write to its data folder. Give your account write access to it, then start the program again.</source>
        <translation>程序无法写入其数据文件夹。请为您的账户开放写入权限后重新启动程序。</translation>
    </message>
    <message>
        <source>The system could not open the local data. Start the program again; if it goes on, contact IT with the log file.</source>
        <translation>系统无法打开本机数据。请重新启动程序；如仍出现，请带上日志文件联系信息化支持。</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file under the reference %1; please give it to support.</source>
        <translation>出现错误，详细信息已写入日志文件，编号 %1。请将此编号提供给技术支持。</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>同步失败。</translation>
    </message>
    <message>
        <source>No system keyring is available, so the encrypted data cannot be opened. Start the keyring service (Credential Manager, Keychain or Secret Service) and try again.</source>
        <translation>没有可用的系统密钥环，无法打开加密数据。请启动密钥环服务（凭据管理器、钥匙串或 Secret Service）后重试。</translation>
    </message>
</context>
<context>
    <name>FatigueWarning</name>
    <message>
        <source>This customer was contacted %1 times in the last %2 days; the limit is %3. The latest: %4, %5 by %6, about “%7”.</source>
        <translation>该客户近%2天已被接触%1次，已达上限%3次。最近一次：%4，%6通过%5接触，主题“%7”。</translation>
    </message>
    <message>
        <source>This customer already heard about it: %4, %5 by %6, about “%7”. Another contact on the same subject within %2 days repeats it.</source>
        <translation>该客户已听过此事：%4，%6通过%5接触，主题“%7”。%2天内就同一主题再次接触会重复宣传。</translation>
    </message>
    <message>
        <source>Contacted recently</source>
        <translation>近期已接触</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>仍要保存吗？</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>仍然保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FaultTicketDialog</name>
    <message>
        <source>Report a fault</source>
        <translation>报障</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Number, circuit id or address</source>
        <translation>号码、电路编号或地址</translation>
    </message>
    <message>
        <source>&amp;Find line</source>
        <translation>查找号码(&amp;F)</translation>
    </message>
    <message>
        <source>Find line</source>
        <translation>查找号码</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Line or circuit</source>
        <translation>号码或电路(&amp;L)</translation>
    </message>
    <message>
        <source>Choose how serious it is…</source>
        <translation>请选择故障级别…</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>故障级别(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. Circuit down since 09:30</source>
        <translation>例如：专线自 09:30 起中断</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>What the customer sees, since when, who to call on site</source>
        <translation>故障现象、开始时间、现场联系人</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>故障描述(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Report fault</source>
        <translation>提交报障(&amp;R)</translation>
    </message>
    <message>
        <source>Report the fault (Ctrl+S)</source>
        <translation>提交报障（Ctrl+S）</translation>
    </message>
    <message>
        <source>Saved on this computer, then sent to the network operations centre (at once when online, else at the next sync); it must be resolved within %1 h of reaching it.</source>
        <translation>先保存在本机，再提交给网管中心（在线时立即提交，离线时下次同步提交）；网管中心收到后须在 %1 小时内处理完毕。</translation>
    </message>
    <message>
        <source>Critical or major: if you are offline, also call the NOC on %1.</source>
        <translation>紧急或重要故障：如果当前离线，请同时致电网管中心 %1。</translation>
    </message>
    <message>
        <source>Sign in before reporting faults.</source>
        <translation>请先登录再报障。</translation>
    </message>
</context>
<context>
    <name>GapsTab</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Held by peers</source>
        <translation>同类客户持有</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>同类客户</translation>
    </message>
    <message>
        <source>Product gaps</source>
        <translation>交叉销售线索</translation>
    </message>
    <message>
        <source>Open as opportunit&amp;y…</source>
        <translation>转为商机(&amp;Y)…</translation>
    </message>
    <message>
        <source>Open an opportunity for this product (Enter)</source>
        <translation>为该产品新建商机（Enter）</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>号码数</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>月消费</translation>
    </message>
    <message>
        <source>Their contract ends</source>
        <translation>对方合约到期</translation>
    </message>
    <message>
        <source>Lines with other carriers to win back</source>
        <translation>可策反的异网业务</translation>
    </message>
    <message>
        <source>Win back as opportunity…</source>
        <translation>转为策反商机…</translation>
    </message>
    <message>
        <source>Open an opportunity to win this line back (Enter)</source>
        <translation>为这项异网业务新建策反商机（回车）</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>%1 (ended: free to move)</source>
        <translation>%1（已到期，可随时转网）</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1（还有 %2 天）</translation>
    </message>
    <message>
        <source>%1 customers with %2 active lines</source>
        <translation>%1行业、在用用户 %2 个的客户</translation>
    </message>
    <message>
        <source>Lines it holds with other carriers: win-back leads, the soonest end of their contract first.</source>
        <translation>客户在异网的业务：可策反的线索，对方合约最早到期的在前。</translation>
    </message>
    <message>
        <source>No lines with other carriers recorded yet (see the Other carriers tab).</source>
        <translation>尚未记录异网业务（见“异网”页签）。</translation>
    </message>
    <message>
        <source>Products that most of its peers hold and it does not: cross-sell leads.</source>
        <translation>同行业、同规模的大多数客户都有而该客户没有的产品，可作为交叉销售线索。</translation>
    </message>
    <message>
        <source>No gaps: it holds what most customers of its industry and size hold, or too few such customers are cached to tell.</source>
        <translation>没有缺口：该客户已有同行业、同规模大多数客户持有的产品，或本机缓存的同类客户太少，无法判断。</translation>
    </message>
    <message>
        <source>Cross-sell: %1</source>
        <translation>交叉销售：%1</translation>
    </message>
    <message>
        <source>%1 of %2 peers (%3) hold it.</source>
        <translation>%2 个同类客户（%3）中有 %1 个持有。</translation>
    </message>
    <message>
        <source>Win back: %1, %2 lines</source>
        <translation>异网策反：%1，%2 个号码</translation>
    </message>
    <message>
        <source>Their contract ends: %1</source>
        <translation>对方合约到期：%1</translation>
    </message>
    <message>
        <source>Monthly spend with them: %1</source>
        <translation>在异网月消费：%1</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>Group and branches</source>
        <translation>集团与分支机构</translation>
    </message>
    <message>
        <source>Group hierarchy</source>
        <translation>集团层级</translation>
    </message>
    <message>
        <source>Enter or double-click opens a branch. </source>
        <translation>按回车或双击打开分支机构。</translation>
    </message>
    <message>
        <source>%1 (not in your cache)</source>
        <translation>%1（不在本机缓存中）</translation>
    </message>
    <message>
        <source>This customer is not part of a group.</source>
        <translation>该客户不属于任何集团。</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Recent contacts</source>
        <translation>最近接触</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>资料变更申请</translation>
    </message>
</context>
<context>
    <name>IndustryLabel</name>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医疗卫生</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>互联网</translation>
    </message>
</context>
<context>
    <name>InfluenceLabel</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>At-risk &amp;worklist</source>
        <translation>预警客户(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Under-valued</source>
        <translation>被低估客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Data quality</source>
        <translation>资料准确度(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;egments</source>
        <translation>客户分群(&amp;E)</translation>
    </message>
    <message>
        <source>Rehearse &amp;a tariff…</source>
        <translation>资费预演(&amp;A)…</translation>
    </message>
    <message>
        <source>Rehearse a plan change over a customer, a group, a saved segment or your whole book</source>
        <translation>对单个客户、集团、已保存的客户分群或名下全部客户预演套餐变更</translation>
    </message>
</context>
<context>
    <name>KeyMissing</name>
    <message>
        <source>Key of the local data missing</source>
        <translation>本地数据的密钥丢失</translation>
    </message>
    <message>
        <source>The key that opens the local data is missing from the system keyring (for example after the keyring was reset). Without it the local data, and any changes not yet sent in it, cannot be read.

To keep them, quit and ask IT to restore the keyring entry from a backup, then start the program again.

Download again: sign in and download your data into new local data. Changes not yet sent cannot be read without the key and are not sent; the old file is kept aside, unchanged, in case the key is restored.</source>
        <translation>系统密钥环中找不到打开本地数据的密钥（例如密钥环被重置后）。没有它，本地数据以及其中尚未发送的更改都无法读取。

如需保留这些数据，请退出，并请 IT 从备份中恢复该密钥环条目，然后重新启动程序。

重新下载数据：登录后把数据下载到新的本地数据中。没有密钥，尚未发送的更改无法读取，也不会发送；原文件会原样另存，以备密钥恢复后使用。</translation>
    </message>
    <message>
        <source>&amp;Download the data again</source>
        <translation>重新下载数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Account / line / service</source>
        <translation>账户 / 用户 / 服务</translation>
    </message>
    <message>
        <source>Plan or kind</source>
        <translation>套餐或类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ARPU (3 mo.) / fee</source>
        <translation>ARPU（近3月）/ 月费</translation>
    </message>
    <message>
        <source>Contract end / ended</source>
        <translation>合约到期 / 结束</translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation>归属客户：%1</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <source>%1 lines · %2</source>
        <translation>%1 个用户 · %2</translation>
    </message>
    <message>
        <source>Add-on since %1</source>
        <translation>附加服务，%1 起</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>LinesTab</name>
    <message>
        <source>Accounts, lines and services</source>
        <translation>账户、用户与服务</translation>
    </message>
    <message>
        <source>%1 lines on %2 accounts. Expand an account to list its lines. </source>
        <translation>共 %1 个用户，分属 %2 个账户。展开账户查看其用户。</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Show every customer again</source>
        <translation>显示全部客户</translation>
    </message>
    <message>
        <source>Customer: %1  ✕</source>
        <translation>客户：%1  ✕</translation>
    </message>
</context>
<context>
    <name>LocalDateTimeEdit</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>记录接触</translation>
    </message>
    <message>
        <source>What it was about, e.g. 专线扩容需求沟通</source>
        <translation>接触主题，如：专线扩容需求沟通</translation>
    </message>
    <message>
        <source>(no one in particular)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What was agreed, next steps</source>
        <translation>达成的共识、下一步安排</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>接触人(&amp;C)</translation>
    </message>
    <message>
        <source>O&amp;pportunity</source>
        <translation>关联商机(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saved on this computer and sent to the city CRM at the next sync.</source>
        <translation>保存在本机，下次同步时发送至市级CRM。</translation>
    </message>
    <message>
        <source>Log the planned contact</source>
        <translation>记录计划中的接触</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>中断：%1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, conflicts %3, refused %4</source>
        <translation>发送 %1，接收 %2，冲突 %3，被拒 %4</translation>
    </message>
    <message>
        <source>; files sent %1, received %2, not moved %3</source>
        <translation>；附件上传 %1，下载 %2，未完成 %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer 360</source>
        <translation>客户视图</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Fault tickets</source>
        <translation>报障</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>退出登录(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Opportunity…</source>
        <translation>商机(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quote…</source>
        <translation>报价单(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Fault report…</source>
        <translation>报障(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About bigcust-desktop</source>
        <translation>关于 大客户经理助手</translation>
    </message>
    <message>
        <source>bigcust-desktop %1
Offline-first client for big-customer account managers.

Free software under the GNU General Public License, version 3 or later. The licence and those of the components it contains are in LICENSE.txt and THIRD-PARTY-NOTICES.txt in the program folder.</source>
        <translation>大客户经理助手 %1
面向大客户经理的离线优先客户端（bigcust-desktop）。

本软件为自由软件，按 GNU 通用公共许可证第 3 版或更高版本授权。本软件及其所含组件的许可证见程序文件夹中的 LICENSE.txt 和 THIRD-PARTY-NOTICES.txt。</translation>
    </message>
    <message>
        <source>These files could not be deleted; close them and delete them:
%1</source>
        <translation>以下文件无法删除，请关闭后自行删除：
%1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>bigcust-desktop</source>
        <translation>大客户经理助手</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Saved; sent when you sign in and sync: %1</source>
        <translation>已保存，登录并同步后提交：%1</translation>
    </message>
    <message>
        <source>Not sent yet, kept for the next sync: %1</source>
        <translation>尚未提交，已保留到下次同步：%1</translation>
    </message>
    <message>
        <source>The server did not take every change, see the sync panel: %1</source>
        <translation>服务器未接受全部修改，请查看同步面板：%1</translation>
    </message>
    <message>
        <source>Sent to the server: %1</source>
        <translation>已提交到服务器：%1</translation>
    </message>
    <message>
        <source>Attachment files: %1 % of %2 MB</source>
        <translation>附件：%2 MB 已传 %1%</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>%1 %2: %3 records</source>
        <translation>%1 %2：%3 条记录</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>同步已取消</translation>
    </message>
    <message>
        <source>Server busy: changes are kept and sent at the next sync</source>
        <translation>服务器繁忙：修改已保留，下次同步时提交</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent at the next sync</source>
        <translation>离线：修改已保留，将在下次同步时发送</translation>
    </message>
    <message>
        <source>Updating the at-risk list for today…</source>
        <translation>正在按今日更新预警客户……</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 128万 or 1,280,000</source>
        <translation>如 128万 或 1,280,000</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>New opportunity (Ctrl+N)</source>
        <translation>新建商机（Ctrl+N）</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Stage board (Ctrl+Shift+B switches)</source>
        <translation>阶段看板（Ctrl+Shift+B 切换）</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities · open pipeline %1 · weighted %2</source>
        <translation>
            <numerusform>共 %n 个商机 · 在途金额 %1 · 加权金额 %2</numerusform></translation>
    </message>
    <message>
        <source>Opportunity saved.</source>
        <translation>商机已保存。</translation>
    </message>
    <message>
        <source>An opportunity cannot move from %1 to %2.</source>
        <translation>商机不能从“%1”移到“%2”。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>“%1”已移到“%2”。</translation>
    </message>
    <message>
        <source>Move “%1” back to %2 (Ctrl+Z)</source>
        <translation>将“%1”移回“%2”（Ctrl+Z）</translation>
    </message>
    <message>
        <source>“%1” is back in %2.</source>
        <translation>“%1”已移回“%2”。</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit opportunity</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What the customer wants, e.g. SD-WAN for 12 branches</source>
        <translation>客户需求，例如：12 个分支机构的 SD-WAN 组网</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>阶段(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品类别(&amp;P)</translation>
    </message>
    <message>
        <source>Expected contract value per year, in yuan</source>
        <translation>预计每年的合同金额（元）</translation>
    </message>
    <message>
        <source>&amp;Amount per year (¥)</source>
        <translation>年合同金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>Win p&amp;robability</source>
        <translation>赢单概率(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xpected close</source>
        <translation>预计成交日期(&amp;X)</translation>
    </message>
    <message>
        <source>Reason &amp;lost</source>
        <translation>输单原因(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Signing &amp;date</source>
        <translation>签约日期(&amp;D)</translation>
    </message>
    <message>
        <source>Why did the customer decide against us?</source>
        <translation>客户为何没有选择我们？</translation>
    </message>
    <message>
        <source>Sign in before creating opportunities.</source>
        <translation>请先登录再新建商机。</translation>
    </message>
</context>
<context>
    <name>OpportunityFilters</name>
    <message>
        <source>Search opportunities</source>
        <translation>搜索商机</translation>
    </message>
    <message>
        <source>Title or customer</source>
        <translation>标题或客户</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>阶段筛选</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅未结(&amp;O)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>负责人筛选</translation>
    </message>
    <message>
        <source>Show every customer again</source>
        <translation>显示全部客户</translation>
    </message>
    <message>
        <source>Customer: %1  ✕</source>
        <translation>客户：%1  ✕</translation>
    </message>
</context>
<context>
    <name>OpportunityTable</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount / year</source>
        <translation>年金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>OutcomeLabel</name>
    <message>
        <source>Positive</source>
        <translation>积极</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>消极</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>Source: %1 · edited here</source>
        <translation>来源：%1 · 可在本机编辑</translation>
    </message>
    <message>
        <source>Source: %1 · read-only here</source>
        <translation>来源：%1 · 本机只读</translation>
    </message>
    <message>
        <source>%1 master data belongs to the %2 and is read-only here. Propose a correction with a change request; the province approves or rejects it.</source>
        <translation>%1主数据归属%2，在本机只读。如需更正，请提交资料变更申请，由省公司审核通过或驳回。</translation>
    </message>
    <message>
        <source>A submitted %1 is decided by the %2 and cannot be edited.</source>
        <translation>已提交的%1由%2审核，不能再修改。</translation>
    </message>
    <message>
        <source>%1 data belongs to the %2 and is read-only on this computer.</source>
        <translation>%1数据归属%2，在本机只读。</translation>
    </message>
    <message>
        <source>Kept by the %1. Propose a correction with a change request.</source>
        <translation>由%1维护。如需更正，请提交资料变更申请。</translation>
    </message>
    <message>
        <source>Set by the %1; it cannot be corrected from here.</source>
        <translation>由%1设定，不能在此申请更正。</translation>
    </message>
</context>
<context>
    <name>PayMethodLabel</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>银行代扣</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Discard &amp;change…</source>
        <translation>放弃修改(&amp;C)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PipelineCard</name>
    <message>
        <source>Pipeline by stage</source>
        <translation>商机阶段分布</translation>
    </message>
    <message>
        <source>Amount (¥10k)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Weighted (¥10k)</source>
        <translation>加权金额（万元）</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities worth %1, weighted %2.</source>
        <translation>
            <numerusform>在跟商机 %n 个，金额 %1，加权 %2。</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Show the opportunities at this stage</source>
        <translation>查看该阶段的商机</translation>
    </message>
    <message>
        <source>%1: %2 opportunities, %3, weighted %4</source>
        <translation>%1：%2 个商机，%3，加权 %4</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Ne&amp;w campaign…</source>
        <translation>新建营销活动(&amp;W)…</translation>
    </message>
    <message>
        <source>Add &amp;round…</source>
        <translation>添加轮次(&amp;R)…</translation>
    </message>
    <message>
        <source>F&amp;ollow up…</source>
        <translation>跟进下一轮(&amp;O)…</translation>
    </message>
    <message>
        <source>A next round for those the chosen round did not reach</source>
        <translation>为所选轮次未接通的客户添加下一轮</translation>
    </message>
    <message>
        <source>&amp;Build the target list</source>
        <translation>生成目标名单(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) of your team.</source>
        <translation>
            <numerusform>本团队共 %n 个营销活动。</numerusform></translation>
    </message>
    <message>
        <source>No campaigns yet. Start one with New campaign: it targets the customers of a saved segment.</source>
        <translation>还没有营销活动。点击“新建营销活动”开始：活动面向一个已保存客户群中的客户。</translation>
    </message>
    <message>
        <source>Choose a round and build its target list.</source>
        <translation>请选择轮次，并生成其目标名单。</translation>
    </message>
    <message>
        <source>Add a round (SMS, phone, visit or e-mail) to the campaign first.</source>
        <translation>请先为营销活动添加轮次（短信、电话、上门拜访或电子邮件）。</translation>
    </message>
    <message>
        <source>Building the target list…</source>
        <translation>正在生成目标名单…</translation>
    </message>
</context>
<context>
    <name>PriorityLabel</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>ProductCategoryLabel</name>
    <message>
        <source>Mobile</source>
        <translation>移动业务</translation>
    </message>
    <message>
        <source>Group V-net</source>
        <translation>集团V网</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>宽带</translation>
    </message>
    <message>
        <source>Leased line</source>
        <translation>专线</translation>
    </message>
    <message>
        <source>IDC</source>
        <translation>IDC</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云业务</translation>
    </message>
</context>
<context>
    <name>ProductsEditor</name>
    <message>
        <source>Add a p&amp;roduct</source>
        <translation>添加产品(&amp;R)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Agreed monthly price</source>
        <translation>约定月单价</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Profile</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>Value factors</source>
        <translation>价值因子</translation>
    </message>
    <message>
        <source>— (top of its group)</source>
        <translation>—（集团总部）</translation>
    </message>
    <message>
        <source>%1 · score %2</source>
        <translation>%1 · 评分 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>%1 with its %2 branches</source>
        <translation>%1及下属 %2 个分支</translation>
    </message>
    <message>
        <source>Your whole book</source>
        <translation>名下全部客户</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>客户群：%1</translation>
    </message>
    <message>
        <source>Move lines to another plan</source>
        <translation>迁移套餐</translation>
    </message>
    <message>
        <source>A bundle (fixed + mobile, voice + data)</source>
        <translation>融合套餐（固移融合、语音+流量）</translation>
    </message>
    <message>
        <source>A draft quote's lines</source>
        <translation>报价草稿中的产品</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>预演范围(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>预演方案(&amp;P)</translation>
    </message>
    <message>
        <source>%1 (%2 lines)</source>
        <translation>%1（%2 个用户）</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>no term</source>
        <translation>不签合约期</translation>
    </message>
    <message>
        <source>earning</source>
        <translation>可享优惠</translation>
    </message>
    <message>
        <source>Current p&amp;lan</source>
        <translation>现套餐(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Target plan</source>
        <translation>目标套餐(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Discount off the monthly fee</source>
        <translation>月费优惠幅度(&amp;D)</translation>
    </message>
    <message>
        <source>Committed ter&amp;m</source>
        <translation>承诺合约期(&amp;M)</translation>
    </message>
    <message>
        <source>(keep the plan)</source>
        <translation>（不换套餐）</translation>
    </message>
    <message>
        <source>Converged bundle</source>
        <translation>融合套餐</translation>
    </message>
    <message>
        <source> yuan a month</source>
        <translation> 元/月</translation>
    </message>
    <message>
        <source>Bundle &amp;name</source>
        <translation>融合套餐名称(&amp;N)</translation>
    </message>
    <message>
        <source>Plan &amp;1</source>
        <translation>套餐一(&amp;1)</translation>
    </message>
    <message>
        <source>Plan &amp;2</source>
        <translation>套餐二(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Fee of a set</source>
        <translation>每套月费(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Which draft quote</source>
        <translation>报价草稿(&amp;W)</translation>
    </message>
    <message>
        <source>%1: %2 for %3 a set</source>
        <translation>%1：%2，每套 %3</translation>
    </message>
    <message>
        <source>Draft quote %1</source>
        <translation>报价草稿 %1</translation>
    </message>
    <message>
        <source>, %1% off</source>
        <translation>，月费优惠 %1%</translation>
    </message>
    <message>
        <source>, %1 months' term</source>
        <translation>，合约期 %1 个月</translation>
    </message>
    <message>
        <source> (%1% off)</source>
        <translation>（再优惠 %1%）</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>资料准确度</translation>
    </message>
    <message>
        <source>&amp;Propose the correction…</source>
        <translation>提交变更申请(&amp;P)…</translation>
    </message>
    <message>
        <source>Open &amp;360 view</source>
        <translation>打开客户360(&amp;3)</translation>
    </message>
    <message>
        <source>Checking the customers' data…</source>
        <translation>正在检查客户资料……</translation>
    </message>
    <message>
        <source>%1 findings on your customers' data. Enter proposes the correction.</source>
        <translation>客户资料发现 %1 处问题。按 Enter 提交变更申请。</translation>
    </message>
    <message>
        <source>No findings: your customers' data looks right.</source>
        <translation>未发现问题：客户资料看来准确。</translation>
    </message>
    <message>
        <source>Merging two registrations is the province's work: call the CRM support desk; a change request cannot carry it.</source>
        <translation>合并重复登记由省公司处理，请联系CRM支撑热线；变更申请无法提交合并。</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation>隔离原因</translation>
    </message>
    <message>
        <source>Download &amp;again</source>
        <translation>重新下载(&amp;A)</translation>
    </message>
    <message>
        <source>Download these systems' data again from the start; records that are correct on the server now replace the ones set aside.</source>
        <translation>从头重新下载这些系统的数据；服务器上已正确的记录将替换被隔离的记录。</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel</source>
        <translation>导出 Excel(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>撤回修改(&amp;V)</translation>
    </message>
    <message>
        <source>Ne&amp;w version</source>
        <translation>修订为新版本(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>标记为已发送(&amp;M)</translation>
    </message>
    <message>
        <source>Customer a&amp;ccepted</source>
        <translation>客户已接受(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>Quote %1 — %2</source>
        <translation>报价单 %1 — %2</translation>
    </message>
    <message>
        <source>Sign in before making quotes.</source>
        <translation>请先登录再制作报价单。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Submitted: the regional manager must approve the lines below the floor price.</source>
        <translation>已提交：低于底价的明细需区域经理审批。</translation>
    </message>
    <message>
        <source>Submitted and approved: no line is below its floor price.</source>
        <translation>已提交并自动批准：没有低于底价的明细。</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>请先保存或放弃当前修改。</translation>
    </message>
    <message>
        <source>New version: edit it and submit it again.</source>
        <translation>已生成新版本：修改后请重新提交。</translation>
    </message>
    <message>
        <source>Status changed to %1.</source>
        <translation>状态已改为“%1”。</translation>
    </message>
    <message>
        <source>Save the quote before exporting it.</source>
        <translation>请先保存报价单再导出。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard the changes to this quote?</source>
        <translation>放弃对此报价单的修改吗？</translation>
    </message>
</context>
<context>
    <name>QuoteExporter</name>
    <message>
        <source>Export quote to Excel</source>
        <translation>导出报价单为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>QuoteHeader</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The number is given when the server accepts the quote; until then a draft label</source>
        <translation>报价编号在服务器接受报价单后分配，此前显示草稿标签</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>报价编号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation>关联商机(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Te&amp;rm</source>
        <translation>合同期(&amp;R)</translation>
    </message>
    <message>
        <source>Va&amp;lid until</source>
        <translation>有效期至(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Internal: never printed on the customer's copy</source>
        <translation>内部备注：不会打印在客户报价单上</translation>
    </message>
    <message>
        <source>Needed when a price goes below the floor; the approver reads it</source>
        <translation>价格低于底价时必填，审批人会看到</translation>
    </message>
    <message>
        <source>Reason for a&amp;pproval</source>
        <translation>申请理由(&amp;P)</translation>
    </message>
    <message>
        <source>%1 quote</source>
        <translation>%1报价</translation>
    </message>
    <message>
        <source>(given when the server accepts the quote)</source>
        <translation>（服务器接受后分配）</translation>
    </message>
</context>
<context>
    <name>QuoteLinesEditor</name>
    <message>
        <source>Quote lines</source>
        <translation>报价明细</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>删除明细(&amp;I)</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>删除选中的明细（Delete）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>List / month</source>
        <translation>标准资费/月</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>优惠幅度 %</translation>
    </message>
    <message>
        <source>Net / month</source>
        <translation>优惠价/月</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>底价</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>含税金额</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>For</source>
        <translation>使用单位</translation>
    </message>
    <message>
        <source>Check this line</source>
        <translation>请检查此行</translation>
    </message>
    <message>
        <source>Below floor</source>
        <translation>低于底价</translation>
    </message>
    <message>
        <source>Below the floor price %1: the regional manager must approve</source>
        <translation>低于底价 %1：需区域经理审批</translation>
    </message>
</context>
<context>
    <name>QuoteNumber</name>
    <message>
        <source>Draft %1</source>
        <translation>草稿 %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第%2版）</translation>
    </message>
</context>
<context>
    <name>QuoteStatusLabel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>QuoteTable</name>
    <message>
        <source>No.</source>
        <translation>报价编号</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>合同期</translation>
    </message>
    <message>
        <source>%1 mo.</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>New quote (Ctrl+N)</source>
        <translation>新建报价单（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Export to Excel</source>
        <translation>导出 Excel(&amp;E)</translation>
    </message>
    <message>
        <source>Export the selected quote for the customer (Ctrl+E)</source>
        <translation>将选中的报价单导出给客户（Ctrl+E）</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>搜索报价单</translation>
    </message>
    <message>
        <source>Title or customer</source>
        <translation>标题或客户</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>共 %n 份报价单</numerusform></translation>
    </message>
    <message>
        <source>Select a quote to export.</source>
        <translation>请选择要导出的报价单。</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Rebuilding the local data</source>
        <translation>重建本地数据</translation>
    </message>
    <message>
        <source>Keeping the changes not yet sent…</source>
        <translation>正在保存尚未发送的更改…</translation>
    </message>
    <message>
        <source>The changes not yet sent could not be read from the damaged file; it is kept as %1 for support to recover them.</source>
        <translation>无法从损坏的文件中读取尚未发送的更改；该文件已另存为 %1，可交技术支持恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent were kept in %1.</source>
        <translation>
            <numerusform>已将 %n 项尚未发送的更改保存到 %1。</numerusform></translation>
    </message>
    <message>
        <source>There were no changes waiting to be sent.</source>
        <translation>没有等待发送的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) downloaded</source>
        <translation>
            <numerusform>已下载 %n 页</numerusform></translation>
    </message>
    <message>
        <source>The download stopped: %1 It goes on at the next sync; the kept changes are queued again then.</source>
        <translation>下载中断：%1 下次同步时将继续下载，届时保存的更改会重新排入待发送。</translation>
    </message>
    <message numerus="yes">
        <source>The local data was rebuilt from the server. %n change(s) are queued again and are sent at the next sync.</source>
        <translation>
            <numerusform>本地数据已从服务器重建。%n 项更改已重新排入待发送，将在下次同步时发送。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be queued again because their records are no longer in your book; they stay in the file.</source>
        <translation>
            <numerusform>有 %n 项更改因其记录已不在您的客户范围内而无法重新排入待发送，仍保存在文件中。</numerusform></translation>
    </message>
    <message>
        <source>The local data could not be rebuilt: %1</source>
        <translation>本地数据未能重建：%1</translation>
    </message>
    <message>
        <source>Local data damaged</source>
        <translation>本地数据已损坏</translation>
    </message>
    <message>
        <source>The local data file is damaged. The changes not yet sent are first saved to a file, then the data is downloaded again from the server and the saved changes are queued again. Nothing is removed before the changes are saved.</source>
        <translation>本地数据文件已损坏。重建时会先把尚未发送的更改保存到文件，再从服务器重新下载数据，并把保存的更改重新排入待发送。更改保存之前不会删除任何内容。</translation>
    </message>
    <message>
        <source>&amp;Rebuild the local data</source>
        <translation>重建本地数据(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export unsent changes…</source>
        <translation>导出未发送的更改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Export unsent changes</source>
        <translation>导出未发送的更改</translation>
    </message>
    <message>
        <source>JSON file, for support and re-import (*.json)</source>
        <translation>JSON 文件，供技术支持和重新导入 (*.json)</translation>
    </message>
    <message>
        <source>The changes not yet sent could not be read from the damaged file.</source>
        <translation>无法从损坏的文件中读取尚未发送的更改。</translation>
    </message>
    <message>
        <source>%n change(s) written to %1.</source>
        <translation>已将 %n 项更改写入 %1。</translation>
    </message>
    <message>
        <source>The local data file is damaged. Quit and start the program again: it first saves the changes not yet sent to a file, then downloads the data again from the server and queues the saved changes again.</source>
        <translation>本地数据文件已损坏。请退出并重新启动程序：程序会先把尚未发送的更改保存到文件，再从服务器重新下载数据，并把保存的更改重新排入待发送。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved on this computer and sent to the city CRM at the next sync.</source>
        <translation>先保存在本机，下次同步时发送到地市 CRM。</translation>
    </message>
</context>
<context>
    <name>RecordFieldLabel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>接触人</translation>
    </message>
    <message>
        <source>Line or circuit</source>
        <translation>号码或电路</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报障人</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Annual amount</source>
        <translation>年金额</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>合同期（月）</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>报价明细</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报障时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>申请理由</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Revision of</source>
        <translation>修订自</translation>
    </message>
    <message>
        <source>Reason for approval</source>
        <translation>申请理由</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign task</source>
        <translation>营销任务</translation>
    </message>
    <message>
        <source>Competitor's offer</source>
        <translation>竞争对手报价</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>共享范围</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Targets of the round</source>
        <translation>本轮目标</translation>
    </message>
    <message>
        <source>After round</source>
        <translation>承接轮次</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason not contacted</source>
        <translation>免打扰原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Outcome time</source>
        <translation>结果时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Closed by activity</source>
        <translation>完成于接触记录</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>来源记录</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Framework agreement</source>
        <translation>所属框架协议</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>自动续约</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>提前通知天数</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Circuit service levels</source>
        <translation>电路服务等级</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验值</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>月消费</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>合约到期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Learned on</source>
        <translation>获知日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>含个人信息</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Tariff rehearsal — %1</source>
        <translation>资费预演 — %1</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>预演(&amp;R)</translation>
    </message>
    <message>
        <source>Your book</source>
        <translation>名下全部客户</translation>
    </message>
    <message>
        <source>Reading the plans…</source>
        <translation>正在读取套餐……</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Name to save it under</source>
        <translation>保存名称</translation>
    </message>
    <message>
        <source>Name of the saved rehearsal</source>
        <translation>预演的保存名称</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Make a draft &amp;quote</source>
        <translation>生成报价草稿(&amp;Q)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>预演结果(&amp;U)</translation>
    </message>
    <message>
        <source>Sa&amp;ved and compared</source>
        <translation>已保存与对比(&amp;V)</translation>
    </message>
    <message>
        <source>Choose two different plans for the bundle.</source>
        <translation>请为融合套餐选择两个不同的套餐。</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>已保存为“%1”。</translation>
    </message>
    <message>
        <source>No active lines to rehearse.</source>
        <translation>没有可预演的在用用户。</translation>
    </message>
    <message>
        <source>Rehearsing…</source>
        <translation>正在预演……</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>RehearsalExport</name>
    <message>
        <source>Export the rehearsal to Excel</source>
        <translation>将资费预演导出为Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Tariff rehearsal %1.xlsx</source>
        <translation>资费预演 %1.xlsx</translation>
    </message>
</context>
<context>
    <name>RehearsalLines</name>
    <message>
        <source>%1 min / %2 GB</source>
        <translation>%1 分钟 / %2 GB</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 SMS</source>
        <translation>%1 条短信</translation>
    </message>
    <message>
        <source>over the new allowance</source>
        <translation>超出新套餐内含量</translation>
    </message>
    <message>
        <source>below the floor price: needs approval</source>
        <translation>低于底价，需审批</translation>
    </message>
    <message>
        <source>term shorter than the plan's minimum</source>
        <translation>合约期短于套餐最短期限</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>现套餐</translation>
    </message>
    <message>
        <source>Plan after</source>
        <translation>新套餐</translation>
    </message>
    <message>
        <source>Fee after</source>
        <translation>新月费</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Allowance after</source>
        <translation>新套餐内含</translation>
    </message>
    <message>
        <source>Usage beyond it</source>
        <translation>超出用量</translation>
    </message>
    <message>
        <source>Overage after</source>
        <translation>新超套费</translation>
    </message>
    <message>
        <source>Month now (modelled)</source>
        <translation>现方案月账单（测算）</translation>
    </message>
    <message>
        <source>Month after</source>
        <translation>新方案月账单</translation>
    </message>
    <message>
        <source>Billed (3 months)</source>
        <translation>近三月实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>合约到期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>RehearsalResult</name>
    <message>
        <source>Choose whom and what to rehearse, then Rehearse.</source>
        <translation>选择预演范围和方案，然后按“预演”。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Billed (3 months)</source>
        <translation>近三月实收</translation>
    </message>
    <message>
        <source>Under the proposal</source>
        <translation>按新方案</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Customers rehearsed</source>
        <translation>预演客户</translation>
    </message>
    <message>
        <source>No line of these customers is touched by the proposal.</source>
        <translation>该方案不涉及所选客户的任何用户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 lines of %3 customers were billed %4 in the last three months; under the proposal %5 (&lt;b&gt;%6&lt;/b&gt;). %7 customers would pay more, %8 less; %9 lines would exceed the new allowances, %10 are below the floor price, %11 have a term shorter than the plan's minimum.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%3 个客户的 %2 个用户近三个月实收 %4，按新方案为 %5（&lt;b&gt;%6&lt;/b&gt;）。%7 个客户多付，%8 个客户少付；%9 个用户将超出新套餐内含量，%10 个低于底价，%11 个合约期短于套餐最短期限。</translation>
    </message>
    <message>
        <source>Stopped: the figures cover the customers done so far.</source>
        <translation>已停止：以上数字只含已完成的客户。</translation>
    </message>
</context>
<context>
    <name>RejectedTab</name>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Server's reason</source>
        <translation>服务器原因</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>修改(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Discard edit…</source>
        <translation>放弃修改(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reminder: %n to-do(s)</source>
        <translation>
            <numerusform>提醒：%n 项待办</numerusform></translation>
    </message>
    <message>
        <source>&amp;Show to-dos</source>
        <translation>查看待办(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>关闭(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Reports to export</source>
        <translation>要导出的报表</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation>截止月份(&amp;T)：</translation>
    </message>
    <message>
        <source>Whole book</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部地市</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>地市(&amp;C)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Not contacted in:</source>
        <translation>未接触天数：</translation>
    </message>
    <message>
        <source>One workbook per report</source>
        <translation>每个报表一个工作簿</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n rows</source>
        <translation>
            <numerusform>正在导出… 已写 %n 行</numerusform></translation>
    </message>
    <message>
        <source>From m&amp;onth:</source>
        <translation>起始月份(&amp;O)：</translation>
    </message>
    <message>
        <source>(each report's default)</source>
        <translation>（各报表默认）</translation>
    </message>
    <message>
        <source>Without a choice each report covers its usual period: revenue the six months up to the last billed month.</source>
        <translation>不选择时，各报表按默认期间统计：收入分析为截至最近出账月的六个月。</translation>
    </message>
    <message>
        <source>O&amp;pen folder</source>
        <translation>打开文件夹(&amp;P)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose at least one report.</source>
        <translation>请至少选择一个报表。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 rows).</source>
        <translation>已保存 %1（%2 行）。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was left behind.</source>
        <translation>导出已取消，未留下任何文件。</translation>
    </message>
</context>
<context>
    <name>ResponseTab</name>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>已转商机</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>接受程度</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>营销活动接受程度</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>How the customers answered, by round and channel, as of the last sync. Acceptance = (interested + opportunities) ÷ reached.</source>
        <translation>截至上次同步，各轮次、各渠道客户的反馈。接受程度 =（有意向 + 已转商机）÷ 已接通。</translation>
    </message>
    <message>
        <source>No responses yet: assign a campaign round, and the managers' outcomes show here after they sync.</source>
        <translation>还没有反馈：分配营销轮次后，客户经理同步的结果会显示在这里。</translation>
    </message>
    <message>
        <source>Export the campaign response</source>
        <translation>导出营销活动接受程度</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 rows).</source>
        <translation>已保存 %1（%2 行）。</translation>
    </message>
</context>
<context>
    <name>RevenueCard</name>
    <message>
        <source>Billed revenue, last six months</source>
        <translation>近六个月出账收入</translation>
    </message>
    <message>
        <source>Billed (¥10k)</source>
        <translation>出账（万元）</translation>
    </message>
    <message>
        <source>Paid (¥10k)</source>
        <translation>已缴（万元）</translation>
    </message>
    <message>
        <source>%1 billed in six months; %2 in %3.</source>
        <translation>近六个月出账 %1；%3 出账 %2。</translation>
    </message>
    <message>
        <source>%1% against the month before.</source>
        <translation>环比 %1%。</translation>
    </message>
    <message>
        <source>%1: billed %2, paid %3</source>
        <translation>%1：出账 %2，已缴 %3</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Decision chain: %1</source>
        <translation>决策链：%1</translation>
    </message>
    <message>
        <source>(no one)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Only when the resident ID does not give it</source>
        <translation>仅在身份证号无法提供时填写</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Reports &amp;to</source>
        <translation>汇报对象(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Attitude to us</source>
        <translation>对我方态度(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Influence</source>
        <translation>影响力(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Personal data: kept for you alone, never in an export without asking.</source>
        <translation>个人信息：仅您本人可见，未经确认不会导出。</translation>
    </message>
</context>
<context>
    <name>RoleLabel</name>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>区域经理</translation>
    </message>
    <message>
        <source>City manager</source>
        <translation>市公司政企部经理</translation>
    </message>
</context>
<context>
    <name>RollUpTab</name>
    <message>
        <source>Customer and branches</source>
        <translation>客户及下属分支</translation>
    </message>
    <message>
        <source>Billed, last 3 months</source>
        <translation>近三个月账单</translation>
    </message>
    <message>
        <source>Lines (active)</source>
        <translation>用户（在用）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期欠费</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>在跟商机</translation>
    </message>
    <message>
        <source>Open faults (past SLA)</source>
        <translation>未结报障（超时）</translation>
    </message>
    <message>
        <source>Group totals</source>
        <translation>集团汇总</translation>
    </message>
    <message>
        <source>Each row sums the customer and every branch below it. Enter opens a branch.</source>
        <translation>每行为该客户及其所有下属分支的合计。按 Enter 打开分支。</translation>
    </message>
    <message>
        <source>This customer is not in your cache.</source>
        <translation>本机缓存中没有该客户。</translation>
    </message>
    <message>
        <source>This customer has no branches: its own figures.</source>
        <translation>该客户没有下属分支，以下为其自身数据。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 branches&lt;/b&gt;: billed %2 in the last three months, %3 active lines, %4 overdue, %5 open opportunities worth %6, %7 open faults.</source>
        <translation>&lt;b&gt;下属分支 %1 个&lt;/b&gt;：近三个月账单 %2，在用用户 %3 个，逾期欠费 %4，在跟商机 %5 个（金额 %6），未结报障 %7 张。</translation>
    </message>
</context>
<context>
    <name>RoundChannelLabel</name>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Call-centre call</source>
        <translation>呼叫中心外呼</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Add a round</source>
        <translation>添加轮次</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>目标客户(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;After round</source>
        <translation>跟进轮次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>第%1轮 %2</translation>
    </message>
</context>
<context>
    <name>RoundStatusLabel</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>RoundTargetLabel</name>
    <message>
        <source>All targets</source>
        <translation>全部目标客户</translation>
    </message>
    <message>
        <source>Not reached in the earlier round</source>
        <translation>前一轮未接通</translation>
    </message>
    <message>
        <source>Interested in the earlier round</source>
        <translation>前一轮有意向</translation>
    </message>
    <message>
        <source>No outcome in the earlier round</source>
        <translation>前一轮无结果</translation>
    </message>
</context>
<context>
    <name>SavedRehearsals</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Change (3 months)</source>
        <translation>三个月变化</translation>
    </message>
    <message>
        <source>Saved rehearsals</source>
        <translation>已保存的预演</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>查看(&amp;I)</translation>
    </message>
    <message>
        <source>Compare t&amp;he two selected</source>
        <translation>对比所选两项(&amp;H)</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>删除(&amp;E)…</translation>
    </message>
    <message>
        <source>No saved rehearsal yet: rehearse, name it and save it.</source>
        <translation>还没有保存的预演：预演后输入名称并保存。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Change, first</source>
        <translation>变化（前者）</translation>
    </message>
    <message>
        <source>Change, second</source>
        <translation>变化（后者）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Customers in both rehearsals</source>
        <translation>两次预演中的客户</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Customers paying more</source>
        <translation>多付的客户</translation>
    </message>
    <message>
        <source>Customers paying less</source>
        <translation>少付的客户</translation>
    </message>
    <message>
        <source>Lines over the new allowances</source>
        <translation>超出新套餐内含量的用户</translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation>近三月实收</translation>
    </message>
    <message>
        <source>Under the proposal</source>
        <translation>按新方案</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Delete the rehearsal</source>
        <translation>删除预演</translation>
    </message>
    <message>
        <source>Delete the saved rehearsal “%1”? This cannot be undone.</source>
        <translation>删除已保存的预演“%1”？删除后无法恢复。</translation>
    </message>
</context>
<context>
    <name>SegmentActions</name>
    <message>
        <source>Saved “%1”; it goes to the city CRM with the next sync.</source>
        <translation>已保存“%1”，下次同步时提交市公司 CRM。</translation>
    </message>
    <message>
        <source>Copied as “%1”.</source>
        <translation>已复制为“%1”。</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除客户群</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Campaigns made from it keep their targets.</source>
        <translation>删除客户群“%1”吗？已据此建立的营销活动保留其目标客户。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export the segment to Excel</source>
        <translation>将客户群导出为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>Value tie&amp;r</source>
        <translation>价值等级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <source>Count&amp;y or district</source>
        <translation>区县(&amp;Y)</translation>
    </message>
    <message>
        <source>Account managers</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Ris&amp;k signals fired</source>
        <translation>预警信号(&amp;K)</translation>
    </message>
    <message>
        <source>H&amp;olds products</source>
        <translation>持有产品(&amp;O)</translation>
    </message>
    <message>
        <source>Does not hold products</source>
        <translation>未持有产品</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Minimum monthly spend</source>
        <translation>最低月消费</translation>
    </message>
    <message>
        <source>Minimum value score</source>
        <translation>最低价值评分</translation>
    </message>
    <message>
        <source>Only under-valued customers</source>
        <translation>仅被低估客户</translation>
    </message>
    <message>
        <source>Modest spend but high loyalty, share or growth, or many members paying privately (the Under-valued list).</source>
        <translation>消费一般，但忠诚度、份额或增长较高，或有较多成员自付号码（即“被低估客户”列表）。</translation>
    </message>
    <message>
        <source>Monthly spend at least (yuan)</source>
        <translation>月消费不低于（元）</translation>
    </message>
    <message>
        <source>Value score at least</source>
        <translation>价值评分不低于</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Segment</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已保存的客户群</translation>
    </message>
    <message>
        <source>No saved segments yet: define one on the right, name it and save it.</source>
        <translation>还没有保存的客户群：在右侧设定条件，命名后保存。</translation>
    </message>
    <message>
        <source>Add segmen&amp;t</source>
        <translation>新建客户群(&amp;T)</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>e.g. Finance customers without a leased line</source>
        <translation>例如：未开专线的金融客户</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名称(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Share with my team</source>
        <translation>与团队共享(&amp;S)</translation>
    </message>
    <message>
        <source>Your team sees a shared segment; it stays shared.</source>
        <translation>共享的客户群团队成员都能看到，共享后不能改回仅自己可见。</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Customers in the segment</source>
        <translation>客户群中的客户</translation>
    </message>
    <message>
        <source>With the team</source>
        <translation>团队共享</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>仅自己</translation>
    </message>
    <message>
        <source>the new segment</source>
        <translation>新客户群</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>放弃对“%1”未保存的修改吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save the segment first: the saved segment is exported.</source>
        <translation>请先保存：导出的是已保存的客户群。</translation>
    </message>
    <message>
        <source>%1 shares this segment with the team: copy it to change it.</source>
        <translation>这是%1共享给团队的客户群：如需修改，请先复制。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in your book</source>
        <translation>
            <numerusform>您的客户中有 %n 个</numerusform></translation>
    </message>
    <message>
        <source>; the first %1 by name are listed</source>
        <translation>；按名称列出前 %1 个</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation>重新启动后新语言生效。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>only on demand (F5)</source>
        <translation>仅手动（F5）</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>自动同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Shown with a critical or major fault reported while offline.</source>
        <translation>离线报紧急或重要故障时显示此电话。</translation>
    </message>
    <message>
        <source>&amp;NOC hotline:</source>
        <translation>网管中心电话(&amp;N)：</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> 天前</translation>
    </message>
    <message>
        <source>A holiday's care to-do for each customer is due this many days before it.</source>
        <translation>每个有关键人的客户一条节日关怀待办，在节日前这些天到期。</translation>
    </message>
    <message>
        <source>&amp;Holiday care:</source>
        <translation>节日关怀(&amp;H)：</translation>
    </message>
    <message>
        <source>The settings could not be saved to the profile folder.</source>
        <translation>无法将设置保存到配置文件夹。</translation>
    </message>
</context>
<context>
    <name>SeverityLabel</name>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New record on the page shown</source>
        <translation>在当前页面新建记录</translation>
    </message>
    <message>
        <source>Log a contact (customer 360)</source>
        <translation>记录接触（客户360）</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>刷新工作台</translation>
    </message>
    <message>
        <source>Opportunities: table or stage board</source>
        <translation>商机：在表格与阶段看板之间切换</translation>
    </message>
    <message>
        <source>Stage board: move a card one stage on</source>
        <translation>阶段看板：把卡片推进一个阶段</translation>
    </message>
    <message>
        <source>Opportunities: undo the last stage move (unsent)</source>
        <translation>商机：撤销最近一次阶段变更（尚未提交时）</translation>
    </message>
    <message>
        <source>Export the quote to Excel</source>
        <translation>把报价单导出为 Excel</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>保存表单</translation>
    </message>
    <message>
        <source>Submit the quote</source>
        <translation>提交报价单</translation>
    </message>
    <message>
        <source>Open the calendar of a date field</source>
        <translation>打开日期字段的日历</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>打开选中的行</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>不保存并关闭对话框</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>The underlined letter of a field or button</source>
        <translation>字段或按钮上带下划线的字母</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+字母</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — bigcust-desktop</source>
        <translation>登录 — 大客户经理助手</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>离线工作(&amp;O)</translation>
    </message>
    <message>
        <source>Open the data on this computer; changes are sent at the next sync.</source>
        <translation>打开本机上的数据；修改将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Working offline needs the data on this computer: sign in once while online and let the first sync finish.</source>
        <translation>离线工作需要本机已有数据：请先联网登录一次，并等待首次同步完成。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>有未发送的修改</translation>
    </message>
    <message>
        <source>%1 change(s) of the previous user are not on the server yet. Signing in as another user deletes them from this computer. To send them, sign in as that user and sync; or export them to a file first.</source>
        <translation>上一位用户有 %1 项修改尚未发送到服务器。以其他用户登录会从本机删除它们。如需发送，请以该用户登录并同步；或先将其导出到文件。</translation>
    </message>
    <message>
        <source>&amp;Export, then sign in…</source>
        <translation>导出后登录(&amp;E)…</translation>
    </message>
    <message>
        <source>Sign-in failed; see the log file.</source>
        <translation>登录失败，详见日志文件。</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Signing out removes all data of this account from this computer, with the reports in the profile's exports folder and the log files; reports saved elsewhere stay.</source>
        <translation>退出登录会从本机删除此账户的全部数据，以及配置文件夹中导出的报表和日志文件；保存在其他位置的报表不受影响。</translation>
    </message>
    <message>
        <source>%1 change(s) are not on the server yet and would be lost. Sync first to send them, or export them to a file you keep.</source>
        <translation>有 %1 项修改尚未发送到服务器，退出登录将丢失这些修改。请先同步发送，或导出到文件保存。</translation>
    </message>
    <message>
        <source>Whether changes wait to be sent could not be read.</source>
        <translation>无法读取是否有待发送的修改。</translation>
    </message>
    <message>
        <source>S&amp;ync, then sign out</source>
        <translation>同步后退出(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Export, then sign out…</source>
        <translation>导出后退出(&amp;E)…</translation>
    </message>
    <message>
        <source>Sign out and &amp;delete %1 change(s)</source>
        <translation>退出并删除 %1 项修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SlaLevelLabel</name>
    <message>
        <source>Gold</source>
        <translation>金牌</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银牌</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>铜牌</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>SlaText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Breached by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
</context>
<context>
    <name>StageBoard</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;&lt;small&gt;weighted %4&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3&lt;br&gt;&lt;small&gt;加权 %4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>StageLabel</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Starting the demo's simulator…</source>
        <translation>正在启动演示服务器…</translation>
    </message>
    <message>
        <source>Signing in to the demo…</source>
        <translation>正在登录演示服务器…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening the data on this computer…</source>
        <translation>正在打开本机数据…</translation>
    </message>
    <message>
        <source>○ Not synced yet</source>
        <translation>○ 尚未同步</translation>
    </message>
    <message>
        <source>● Online · %1</source>
        <translation>● 在线 · %1</translation>
    </message>
    <message>
        <source>○ Offline · since %1</source>
        <translation>○ 离线 · %1 起</translation>
    </message>
    <message>
        <source>◐ Server busy · %1</source>
        <translation>◐ 服务器繁忙 · %1</translation>
    </message>
    <message>
        <source>⊘ Not signed in</source>
        <translation>⊘ 未登录</translation>
    </message>
    <message>
        <source>✕ Sync failed · %1</source>
        <translation>✕ 同步失败 · %1</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>The last request to the server got its answer at this time.</source>
        <translation>这是最近一次成功连接服务器的时间。</translation>
    </message>
    <message>
        <source>The server cannot be reached: work goes on, changes wait here.</source>
        <translation>无法连接服务器：可以继续工作，修改保存在本机，联网后提交。</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait %n seconds before trying again.</source>
        <translation>
            <numerusform>服务器要求 %n 秒后再试。</numerusform></translation>
    </message>
    <message>
        <source>The server had a problem; the next sync tries again.</source>
        <translation>服务器出现故障，下次同步时会自动重试。</translation>
    </message>
    <message>
        <source>Sign in (File → Sign in) to sync; your changes are kept.</source>
        <translation>请登录（文件 → 登录）后同步，您的修改已保留。</translation>
    </message>
    <message>
        <source>The last sync stopped: see the sync panel's log.</source>
        <translation>上次同步中断，详见同步面板中的日志。</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>待同步修改：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒：%1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
</context>
<context>
    <name>SubscriberKindLabel</name>
    <message>
        <source>Mobile</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>IoT card</source>
        <translation>物联网卡</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>宽带</translation>
    </message>
    <message>
        <source>Leased line</source>
        <translation>专线</translation>
    </message>
    <message>
        <source>IDC</source>
        <translation>IDC</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
</context>
<context>
    <name>SubscriberStatusLabel</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停机</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已拆机</translation>
    </message>
</context>
<context>
    <name>SuppressionReasonLabel</name>
    <message>
        <source>Same topic contacted recently</source>
        <translation>近期已就同一主题接触</translation>
    </message>
    <message>
        <source>Monthly contact cap reached</source>
        <translation>本月接触次数已达上限</translation>
    </message>
    <message>
        <source>Customer opted out</source>
        <translation>客户要求免打扰</translation>
    </message>
    <message>
        <source>Open complaint or fault</source>
        <translation>有未结投诉或故障</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>SyncPanelPage</name>
    <message>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Waiting: %1 · Refused: %2 · Conflicts: %3 · Set aside: %4</source>
        <translation>待发送：%1 · 被拒：%2 · 冲突：%3 · 已隔离：%4</translation>
    </message>
</context>
<context>
    <name>SyncStateLabel</name>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>有冲突</translation>
    </message>
</context>
<context>
    <name>SystemLabel</name>
    <message>
        <source>Provincial CRM</source>
        <translation>省级CRM</translation>
    </message>
    <message>
        <source>BOSS (provincial billing)</source>
        <translation>BOSS（省级计费系统）</translation>
    </message>
    <message>
        <source>City CRM</source>
        <translation>市级CRM</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>(not part of a group)</source>
        <translation>（不属于任何集团）</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>Target customers</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Assign to the t&amp;eam</source>
        <translation>分配给团队(&amp;E)</translation>
    </message>
    <message>
        <source>%1 customers to contact, %2 left out by the contact-fatigue rule (why: the last column).</source>
        <translation>待接触客户 %1 位，按免打扰规则排除 %2 位（原因见最后一列）。</translation>
    </message>
    <message>
        <source>This round is assigned already (%1 tasks).</source>
        <translation>本轮已分配（%1 项任务）。</translation>
    </message>
    <message>
        <source>No customer to target: the segment selects nobody in your team's book, or the earlier round left nobody to follow up.</source>
        <translation>没有目标客户：该客户群在本团队名下没有客户，或前一轮没有需要跟进的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) assigned; they reach the managers with the next sync.</source>
        <translation>
            <numerusform>已分配 %n 项任务，下次同步后送达各客户经理。</numerusform></translation>
    </message>
</context>
<context>
    <name>TaskOpportunityDialog</name>
    <message>
        <source>Opportunity from the campaign</source>
        <translation>营销活动转商机</translation>
    </message>
</context>
<context>
    <name>TaskOutcomeLabel</name>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Opportunity opened</source>
        <translation>已转商机</translation>
    </message>
</context>
<context>
    <name>TaskStateLabel</name>
    <message>
        <source>Open</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>已免打扰</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>我的营销任务</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>客户的反馈（选填）</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Interested</source>
        <translation>有意向(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Not &amp;reached</source>
        <translation>未接通(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Opportunity opened…</source>
        <translation>已转商机(&amp;O)…</translation>
    </message>
    <message>
        <source>Add to &amp;to-dos</source>
        <translation>加入待办(&amp;T)</translation>
    </message>
    <message>
        <source>Plan this task as a to-do (a call or visit at a time)</source>
        <translation>把此任务列入待办（电话或拜访按时间安排）</translation>
    </message>
    <message>
        <source>Open &amp;360 view</source>
        <translation>打开客户360(&amp;3)</translation>
    </message>
    <message numerus="yes">
        <source>%n open campaign task(s) assigned to you. Log the outcome of each.</source>
        <translation>
            <numerusform>分配给您的营销任务 %n 项待执行。请逐项记录结果。</numerusform></translation>
    </message>
    <message>
        <source>No open campaign tasks: your regional manager assigns them, and they arrive with the sync.</source>
        <translation>没有待执行的营销任务：任务由区域经理分配，同步后送达。</translation>
    </message>
    <message>
        <source>Outcome saved; it goes to the city CRM at the next sync.</source>
        <translation>结果已保存，下次同步时发送到地市 CRM。</translation>
    </message>
    <message>
        <source>Added to your to-dos.</source>
        <translation>已加入待办。</translation>
    </message>
    <message>
        <source>This task is already among your to-dos.</source>
        <translation>此任务已在待办中。</translation>
    </message>
</context>
<context>
    <name>TicketDetailDialog</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Line or circuit</source>
        <translation>号码或电路</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>报障时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>What the customer says (required to reopen)</source>
        <translation>客户反馈（重新处理时必填）</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close ticket</source>
        <translation>关闭工单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reopen: still not fixed</source>
        <translation>重新处理：仍未修复(&amp;R)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>This ticket is no longer on this computer.</source>
        <translation>此工单已不在本机。</translation>
    </message>
    <message>
        <source>urgent: call the NOC on %1</source>
        <translation>紧急：请致电网管中心 %1</translation>
    </message>
    <message>
        <source>Fault ticket %1</source>
        <translation>报障工单 %1</translation>
    </message>
    <message>
        <source>&amp;Withdraw: reported by mistake</source>
        <translation>撤销：误报(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Close ticket: customer confirms the fix</source>
        <translation>关闭工单：客户确认已修复(&amp;C)</translation>
    </message>
    <message>
        <source>Operations centre</source>
        <translation>网络运维中心</translation>
    </message>
    <message>
        <source>Status changed to %1.</source>
        <translation>状态已改为“%1”。</translation>
    </message>
</context>
<context>
    <name>TicketStatusLabel</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>TicketTable</name>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>处理时限 %1</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the operations centre at the next sync.</source>
        <translation>已保存在本机，下次同步时提交给网管中心。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Line or circuit</source>
        <translation>号码或电路</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>报障时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>TicketsCard</name>
    <message>
        <source>Open fault tickets by severity</source>
        <translation>未结报障（按故障级别）</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>未超时</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>已超时</translation>
    </message>
    <message numerus="yes">
        <source>%n open tickets, %1 past their SLA.</source>
        <translation>
            <numerusform>未结报障 %n 张，其中 %1 张已超时。</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(%1 breached)</source>
        <translation>（%1 张超时）</translation>
    </message>
    <message>
        <source>Show the open tickets of this severity</source>
        <translation>查看该故障级别的未结报障</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <source>Report a fault</source>
        <translation>报障</translation>
    </message>
    <message>
        <source>Report a fault (Ctrl+N)</source>
        <translation>报障（Ctrl+N）</translation>
    </message>
    <message>
        <source>Add to &amp;to-dos…</source>
        <translation>加入待办(&amp;T)…</translation>
    </message>
    <message>
        <source>A to-do to chase the selected fault</source>
        <translation>为选中的报障工单建一条催办待办</translation>
    </message>
    <message>
        <source>Search fault tickets</source>
        <translation>搜索报障工单</translation>
    </message>
    <message>
        <source>Fault, customer or line number</source>
        <translation>故障、客户或号码</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部故障级别</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>故障级别筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅未结(&amp;O)</translation>
    </message>
    <message>
        <source>SLA &amp;breached</source>
        <translation>SLA 超时(&amp;B)</translation>
    </message>
    <message>
        <source>Fault tickets</source>
        <translation>报障工单</translation>
    </message>
    <message numerus="yes">
        <source>%n fault tickets</source>
        <translation>
            <numerusform>共 %n 张报障工单</numerusform></translation>
    </message>
    <message>
        <source>Saved; it goes to the network operations centre when online.</source>
        <translation>已保存，联网后提交给网管中心。</translation>
    </message>
    <message>
        <source>Choose a fault ticket first.</source>
        <translation>请先选择一张报障工单。</translation>
    </message>
    <message>
        <source>Chase fault: %1</source>
        <translation>催办报障：%1</translation>
    </message>
</context>
<context>
    <name>TodoCard</name>
    <message>
        <source>To-dos</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Week &amp;plan</source>
        <translation>周计划(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>已逾期 %n 项</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>今天到期 %n 项</numerusform></translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>Plan a visit or add a to-do</source>
        <translation>计划拜访 / 新建待办</translation>
    </message>
    <message>
        <source>e.g. 拜访信息中心主任，汇报专线扩容方案</source>
        <translation>例如：拜访信息中心主任，汇报专线扩容方案</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>事项(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>At the time</source>
        <translation>准时提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>提前 %n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>提前 %n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>提前 %n 分钟</numerusform></translation>
    </message>
</context>
<context>
    <name>TodoKindLabel</name>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Care date</source>
        <translation>关怀</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
</context>
<context>
    <name>TodoSourceLabel</name>
    <message>
        <source>Fault ticket</source>
        <translation>报障工单</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>At-risk signal</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Campaign task</source>
        <translation>营销任务</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>关键人</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
</context>
<context>
    <name>TodoStatusLabel</name>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TodoTable</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>TodosPage</name>
    <message>
        <source>&amp;Plan or add…</source>
        <translation>计划或新建(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan a visit or add a to-do (Ctrl+N)</source>
        <translation>计划拜访或新建待办（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Log the visit…</source>
        <translation>记录拜访(&amp;L)…</translation>
    </message>
    <message>
        <source>Log the contact; the planned item is closed with it</source>
        <translation>记录这次接触，计划事项随之完成</translation>
    </message>
    <message>
        <source>Which to-dos</source>
        <translation>显示哪些待办</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search to-dos</source>
        <translation>搜索待办</translation>
    </message>
    <message>
        <source>To-do or customer</source>
        <translation>待办事项或客户</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>To-do l&amp;ist</source>
        <translation>待办清单(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Week plan</source>
        <translation>周计划(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>%n to-dos</source>
        <translation>
            <numerusform>共 %n 项待办</numerusform></translation>
    </message>
    <message>
        <source>To-do saved.</source>
        <translation>待办已保存。</translation>
    </message>
    <message>
        <source>Choose a to-do first.</source>
        <translation>请先选择一项待办。</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>已标记为完成。</translation>
    </message>
    <message>
        <source>Choose a planned visit first.</source>
        <translation>请先选择一项计划拜访。</translation>
    </message>
    <message>
        <source>This to-do is closed already.</source>
        <translation>这项待办已经关闭。</translation>
    </message>
    <message>
        <source>Visit logged; the plan is closed.</source>
        <translation>拜访已记录，计划已完成。</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Quote total</source>
        <translation>报价合计</translation>
    </message>
    <message>
        <source>List price: %1</source>
        <translation>标准价：%1</translation>
    </message>
    <message>
        <source>Discount: %1 (%2)</source>
        <translation>优惠：%1（%2）</translation>
    </message>
    <message>
        <source>%1 line(s) below the floor price.</source>
        <translation>%1 行低于底价。</translation>
    </message>
    <message>
        <source>%1 line(s) below the floor price: on submission the quote goes to the regional manager for approval.</source>
        <translation>%1 行低于底价：提交后报价单将交区域经理审批。</translation>
    </message>
    <message>
        <source>Correct the lines named under the table to price the quote.</source>
        <translation>请更正表格下方列出的明细行，以便计算报价。</translation>
    </message>
    <message>
        <source>Every line is at or above its floor price: the quote is approved on submission.</source>
        <translation>所有明细均不低于底价：提交后即自动批准。</translation>
    </message>
    <message>
        <source>Approval level: %1</source>
        <translation>审批层级：%1</translation>
    </message>
    <message>
        <source>Monthly fees over the term %1 · One-time charges %2</source>
        <translation>合同期月租费用 %1 · 一次性费用 %2</translation>
    </message>
    <message>
        <source>Excl. VAT %1 · VAT %2 · Incl. VAT %3</source>
        <translation>不含税 %1 · 税额 %2 · 含税 %3</translation>
    </message>
    <message>
        <source>At %1: excl. VAT %2 · VAT %3</source>
        <translation>税率 %1：不含税 %2 · 税额 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Per branch: %1</source>
        <translation>各使用单位：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>审批人：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>意见：%1</translation>
    </message>
</context>
<context>
    <name>UnderValuedTab</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Why it is worth more</source>
        <translation>价值被低估的原因</translation>
    </message>
    <message>
        <source>Under-valued</source>
        <translation>被低估客户</translation>
    </message>
    <message>
        <source>Open &amp;360 view</source>
        <translation>打开客户360(&amp;3)</translation>
    </message>
    <message>
        <source>Reading the value cards…</source>
        <translation>正在读取价值评分……</translation>
    </message>
    <message>
        <source>%1 customers spend modestly but are worth more than their spend says: high loyalty, share of wallet or growth, or many members paying privately.</source>
        <translation>%1 个客户消费不高，但价值高于消费所示：忠诚度、份额或增长较高，或有大量成员自付（私用）用户。</translation>
    </message>
    <message>
        <source>No under-valued customers in your book.</source>
        <translation>您名下没有被低估的客户。</translation>
    </message>
</context>
<context>
    <name>UnsentChanges</name>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The new %1 “%2” exists only on this computer; it will be deleted: %3.</source>
        <translation>新建的%1“%2”只在本机上，将被删除：%3。</translation>
    </message>
    <message>
        <source>Your deletion of the %1 “%2” will be undone; the record comes back.%3</source>
        <translation>将撤销对%1“%2”的删除，记录恢复。%3</translation>
    </message>
    <message>
        <source>Your changes to the %1 “%2” will be lost: %3.</source>
        <translation>对%1“%2”的修改将丢失：%3。</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>This cannot be undone. Export it first to keep a copy.</source>
        <translation>此操作无法撤销。如需保留，请先导出。</translation>
    </message>
    <message>
        <source>Excel workbook, to read (*.xlsx)</source>
        <translation>Excel 工作簿，供阅读 (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON file, for support and re-import (*.json)</source>
        <translation>JSON 文件，供技术支持和重新导入 (*.json)</translation>
    </message>
    <message>
        <source>unsent-changes</source>
        <translation>未发送的更改</translation>
    </message>
    <message>
        <source>Export unsent changes</source>
        <translation>导出未发送的修改</translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation>已将 %1 项修改写入 %2。</translation>
    </message>
    <message>
        <source>The customer was reassigned to %1, so this record is no longer on this computer. Your change is kept here: copy it or export it, and ask %1 to make it.</source>
        <translation>客户已划转给 %1，这条记录已不在本机。您的更改仍保存在这里：可复制或导出，并请 %1 代为修改。</translation>
    </message>
    <message>
        <source>The customer has left your book (reassigned to another account manager), so this record is no longer on this computer. Your change is kept here: copy it or export it, and ask the new account manager to make it.</source>
        <translation>该客户已不在您的名下（已划转给其他客户经理），此记录已从本机移除。您的修改仍保留在本机：可复制或导出，并请新的客户经理处理。</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>服务器拒绝了此修改。</translation>
    </message>
    <message>
        <source>%1 “%2” (read-only copy)</source>
        <translation>%1“%2”（只读副本）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export unsent changes…</source>
        <translation>导出未发送的修改(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ValidationMessage</name>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation>应在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>This value has the wrong form.</source>
        <translation>格式不正确。</translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation>未知字段。</translation>
    </message>
    <message>
        <source>This field cannot be changed on this computer.</source>
        <translation>此项不能在本机修改。</translation>
    </message>
    <message>
        <source>This record cannot be edited on this computer.</source>
        <translation>此记录不能在本机修改。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, such as 12800.00.</source>
        <translation>请输入金额（元），如 12800.00。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>Enter a real date (YYYY-MM-DD).</source>
        <translation>请输入有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Enter a real date and time.</source>
        <translation>请输入有效的日期和时间。</translation>
    </message>
    <message>
        <source>Enter a month (YYYY-MM).</source>
        <translation>请输入月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>The credit code is required.</source>
        <translation>请填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码为18位。</translation>
    </message>
    <message>
        <source>The credit code contains a character that is not allowed.</source>
        <translation>统一社会信用代码含有不允许的字符。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of the credit code must be an administrative division code.</source>
        <translation>统一社会信用代码第3至8位应为行政区划代码。</translation>
    </message>
    <message>
        <source>The credit code's check character does not match.</source>
        <translation>统一社会信用代码校验码不正确。</translation>
    </message>
    <message>
        <source>The ID number is required.</source>
        <translation>请填写身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 digits (or 15 in the old format).</source>
        <translation>身份证号码为18位（旧版为15位）。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>身份证号码为17位数字加一位数字或X。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not possible.</source>
        <translation>身份证号码中的出生日期无效。</translation>
    </message>
    <message>
        <source>The ID number's check digit does not match.</source>
        <translation>身份证号码校验位不正确。</translation>
    </message>
    <message>
        <source>Only people born from 1900 to 1999 had a 15-digit ID number.</source>
        <translation>只有1900年至1999年出生的人才有15位身份证号码。</translation>
    </message>
    <message>
        <source>The mobile number is required.</source>
        <translation>请填写手机号码。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation>手机号码为11位，以13至19开头。</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>电子邮箱格式不正确。</translation>
    </message>
    <message>
        <source>The telephone number is required.</source>
        <translation>请填写固定电话号码。</translation>
    </message>
    <message>
        <source>A telephone number is an area code starting with 0 and a 7- or 8-digit number.</source>
        <translation>固定电话应为以 0 开头的区号加 7 至 8 位号码。</translation>
    </message>
    <message>
        <source>Give a mobile or a landline number.</source>
        <translation>请填写手机号码或固定电话。</translation>
    </message>
    <message>
        <source>An IoT number has 13 digits starting with 1064 or 14.</source>
        <translation>物联网卡号为 13 位，以 1064 或 14 开头。</translation>
    </message>
    <message>
        <source>The maximum is below the minimum.</source>
        <translation>最大值不能小于最小值。</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The end time cannot be before the start time.</source>
        <translation>结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>Name the earlier round whose targets this round follows up.</source>
        <translation>请选择本轮承接的前一轮次。</translation>
    </message>
    <message>
        <source>Name the opportunity that was opened.</source>
        <translation>请选择已转化的商机。</translation>
    </message>
    <message>
        <source>A done task, and only one, carries its outcome.</source>
        <translation>已完成的任务须填写结果，未完成的任务不能填写结果。</translation>
    </message>
    <message>
        <source>A suppressed task, and only one, carries the reason.</source>
        <translation>免打扰的任务须填写原因，其他任务不能填写原因。</translation>
    </message>
    <message>
        <source>A done to-do, and only one, has its done time.</source>
        <translation>已完成的待办须填写完成时间，其他待办不能填写。</translation>
    </message>
    <message>
        <source>Give both the source and its record.</source>
        <translation>请同时填写来源类型和来源记录。</translation>
    </message>
    <message>
        <source>Give a planned time or a due time.</source>
        <translation>请填写计划时间或截止时间。</translation>
    </message>
    <message>
        <source>This date is still to come.</source>
        <translation>该日期尚未到来。</translation>
    </message>
    <message>
        <source>Renewal talks must start before the contract ends.</source>
        <translation>续约洽谈日须早于合同到期日。</translation>
    </message>
    <message>
        <source>A planned visit or call needs a time.</source>
        <translation>计划的拜访或电话需要填写时间。</translation>
    </message>
    <message>
        <source>A circuit is listed once per contract.</source>
        <translation>同一电路在一份合同中只能列一次。</translation>
    </message>
    <message>
        <source>A person cannot report to self.</source>
        <translation>上级不能是本人。</translation>
    </message>
    <message>
        <source>Unknown sales stage.</source>
        <translation>未知的商机阶段。</translation>
    </message>
    <message>
        <source>An opportunity cannot move from %1 to %2.</source>
        <translation>商机不能从“%1”变更为“%2”。</translation>
    </message>
    <message>
        <source>A won deal is final: a new deal is a new opportunity.</source>
        <translation>赢单后不能再变更阶段；客户的新需求请新建商机。</translation>
    </message>
    <message>
        <source>A deal is won on an offer: move it to proposal or negotiation first.</source>
        <translation>赢单须基于已提交的方案：请先将商机推进到“方案报价”或“商务谈判”。</translation>
    </message>
    <message>
        <source>An opportunity moves back one stage at a time.</source>
        <translation>商机每次只能退回一个阶段。</translation>
    </message>
    <message>
        <source>A lost opportunity reopens as a lead.</source>
        <translation>输单的商机只能重新打开为“线索”。</translation>
    </message>
    <message>
        <source>Give the signing date, today or earlier.</source>
        <translation>请填写签约日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>This change has already been sent to the server: it cannot be undone.</source>
        <translation>此修改已提交到服务器，无法撤销。</translation>
    </message>
    <message>
        <source>Say why the opportunity was lost.</source>
        <translation>请填写输单原因。</translation>
    </message>
    <message>
        <source>The probability is a whole percentage from 0 to 100.</source>
        <translation>赢率应为0到100之间的整数。</translation>
    </message>
    <message>
        <source>The discount is a percentage from 0 to 100.</source>
        <translation>优惠幅度应为 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>The quantity is a whole number from %1 to %2.</source>
        <translation>数量应为 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>The term is a whole number of months from %1 to %2.</source>
        <translation>合约期应为 %1 到 %2 个月。</translation>
    </message>
    <message>
        <source>This product is sold for at least %1 months.</source>
        <translation>该产品的最短合约期为 %1 个月。</translation>
    </message>
    <message>
        <source>A quote needs at least one line.</source>
        <translation>报价单至少需要一个产品行。</translation>
    </message>
    <message>
        <source>This quote cannot change from %1 to %2.</source>
        <translation>报价单不能从“%1”变更为“%2”。</translation>
    </message>
    <message>
        <source>Pick a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>This product is no longer sold.</source>
        <translation>该产品已停售。</translation>
    </message>
    <message>
        <source>The quote must be valid until today or later.</source>
        <translation>报价有效期不能早于今天。</translation>
    </message>
    <message>
        <source>Only a draft quote can be changed; revise it first.</source>
        <translation>只有草稿状态的报价单可以修改，请先撤回修改。</translation>
    </message>
    <message>
        <source>Take the quote back to draft to change its lines.</source>
        <translation>请先将报价单退回草稿，再修改明细。</translation>
    </message>
    <message>
        <source>Only a regional or city manager decides on quotes.</source>
        <translation>只有区域经理或市公司政企部经理可以审批报价单。</translation>
    </message>
    <message>
        <source>The regional manager of the customer's team or the city manager approves or rejects a quote, never his or her own.</source>
        <translation>报价单由客户所属团队的区域经理或市公司政企部经理审批，审批人不能是报价单的创建人。</translation>
    </message>
    <message>
        <source>This quote is not waiting for approval.</source>
        <translation>此报价单不在待审批状态。</translation>
    </message>
    <message>
        <source>Say why the quote is rejected.</source>
        <translation>请说明驳回原因。</translation>
    </message>
    <message>
        <source>A draft is edited, not revised.</source>
        <translation>草稿可直接修改，无需修订。</translation>
    </message>
    <message>
        <source>Say why the price goes below the floor: the approver reads it.</source>
        <translation>价格低于底价时请填写申请理由，审批人会看到。</translation>
    </message>
    <message>
        <source>This ticket cannot change from %1 to %2.</source>
        <translation>工单不能从“%1”变更为“%2”。</translation>
    </message>
    <message>
        <source>This change of status is made by the operations centre.</source>
        <translation>此状态变更由网络运维中心操作。</translation>
    </message>
    <message>
        <source>Say what is still not working.</source>
        <translation>请说明仍存在的问题。</translation>
    </message>
    <message>
        <source>Propose at least one change.</source>
        <translation>请至少填写一项变更。</translation>
    </message>
    <message>
        <source>This field cannot be changed by a change request.</source>
        <translation>此项不能通过资料变更申请修改。</translation>
    </message>
    <message>
        <source>The new value is the same as the current one.</source>
        <translation>新值与当前值相同。</translation>
    </message>
    <message>
        <source>A contact that has not happened yet cannot be logged.</source>
        <translation>不能记录尚未发生的接触。</translation>
    </message>
    <message>
        <source>This contact person belongs to another customer.</source>
        <translation>该联系人属于其他客户。</translation>
    </message>
    <message>
        <source>This opportunity belongs to another customer.</source>
        <translation>该商机属于其他客户。</translation>
    </message>
    <message>
        <source>The record this points to is not on the server.</source>
        <translation>所引用的记录在服务器上不存在。</translation>
    </message>
    <message>
        <source>This customer is no longer in your book (reassigned to another manager?). Discard the change, or ask your regional manager.</source>
        <translation>该客户已不在您的名下（可能已划转给其他客户经理）。请放弃此修改，或联系区域经理。</translation>
    </message>
    <message>
        <source>The server no longer has this record. Discard the change; the next sync tidies up.</source>
        <translation>服务器上已没有这条记录。请放弃此修改，下次同步会自动整理。</translation>
    </message>
    <message>
        <source>The record's identifier was refused by the server. Discard the change and enter it again.</source>
        <translation>服务器不接受这条记录的标识。请放弃此修改后重新录入。</translation>
    </message>
    <message>
        <source>The server took this change for someone else's. Discard it and make it again.</source>
        <translation>服务器将此修改识别为他人的操作。请放弃后重新修改一次。</translation>
    </message>
    <message>
        <source>A sent change request cannot be changed: submit a new one.</source>
        <translation>已提交的变更申请不能修改，请重新提交一份。</translation>
    </message>
    <message>
        <source>A history entry cannot be changed once recorded.</source>
        <translation>历史记录一经记录便不能修改。</translation>
    </message>
    <message>
        <source>The time lies in the future: check this computer's clock, then sync again.</source>
        <translation>时间晚于当前时间：请检查本机时钟后再同步。</translation>
    </message>
    <message>
        <source>This quote already has a revision: revise the latest one.</source>
        <translation>此报价已有修订版，请在最新版本上修订。</translation>
    </message>
    <message>
        <source>Only the team's regional manager plans campaigns.</source>
        <translation>营销活动只能由本团队的区域经理策划。</translation>
    </message>
    <message>
        <source>Only the team's regional manager plans campaign rounds.</source>
        <translation>营销轮次只能由本团队的区域经理安排。</translation>
    </message>
    <message>
        <source>Only the team's regional manager assigns campaign tasks.</source>
        <translation>营销任务只能由本团队的区域经理分派。</translation>
    </message>
    <message>
        <source>On a campaign task you report its outcome only.</source>
        <translation>营销任务只能填报执行结果。</translation>
    </message>
    <message>
        <source>A task goes to the customer's own account manager.</source>
        <translation>任务只能分派给该客户的客户经理。</translation>
    </message>
    <message>
        <source>Only the segment's owner can change it.</source>
        <translation>只有客户群的创建人可以修改它。</translation>
    </message>
    <message>
        <source>A shared segment stays shared.</source>
        <translation>已共享的客户群不能取消共享。</translation>
    </message>
    <message>
        <source>A to-do is for yourself (a regional manager may assign his team).</source>
        <translation>待办只能建给自己（区域经理可分派给本团队成员）。</translation>
    </message>
    <message>
        <source>This customer already has a contract with this number.</source>
        <translation>该客户已有相同编号的合同。</translation>
    </message>
    <message>
        <source>Only the customer's account manager records contacts' roles.</source>
        <translation>只有该客户的客户经理可以登记关键人角色。</translation>
    </message>
    <message>
        <source>This person already has this role: edit it instead.</source>
        <translation>此人已有该角色，请直接修改。</translation>
    </message>
    <message>
        <source>The reporting lines would go round in a circle.</source>
        <translation>汇报关系不能形成循环。</translation>
    </message>
    <message>
        <source>Choose mine or theirs.</source>
        <translation>请选择保留我的修改或采用服务器版本。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Attach a PDF, an image or an office file.</source>
        <translation>只能添加 PDF、图片或 Office 文档。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>A file is at most %1 MB.</source>
        <translation>单个文件不能超过 %1 MB。</translation>
    </message>
    <message>
        <source>The file's content does not match its name.</source>
        <translation>文件内容与文件类型不符。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>This contract is not on this computer.</source>
        <translation>本机没有这份合同。</translation>
    </message>
    <message>
        <source>Sign in before attaching a file.</source>
        <translation>请先登录，再添加附件。</translation>
    </message>
    <message>
        <source>There is no such setting.</source>
        <translation>没有这项设置。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>请输入 %1 至 %2 之间的数。</translation>
    </message>
    <message>
        <source>The proposal touches none of this customer's lines.</source>
        <translation>该方案不涉及此客户的任何号码。</translation>
    </message>
    <message>
        <source>A saved rehearsal already has this name.</source>
        <translation>已有同名的资费预演。</translation>
    </message>
    <message>
        <source>This campaign task is already closed.</source>
        <translation>该营销任务已结束。</translation>
    </message>
    <message>
        <source>The opportunity must be for the task's customer.</source>
        <translation>商机须属于该任务的客户。</translation>
    </message>
    <message>
        <source>Choose the saved segment whose customers the campaign targets.</source>
        <translation>请选择营销活动面向的客户群。</translation>
    </message>
    <message>
        <source>Too large for the server to take in one request.</source>
        <translation>内容过大，服务器无法一次接收。</translation>
    </message>
    <message>
        <source>The server could not read this change.</source>
        <translation>服务器无法识别此修改。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This text is too short.</source>
        <translation>内容过短。</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>数值超出允许范围。</translation>
    </message>
    <message>
        <source>The stage rules do not allow this move. Check the stage and save.</source>
        <translation>阶段规则不允许这样变更。请检查阶段后重新保存。</translation>
    </message>
    <message>
        <source>The quote's status cannot change this way.</source>
        <translation>报价单的状态不能这样变更。</translation>
    </message>
    <message>
        <source>The network operations centre changes this ticket's status, not the account manager.</source>
        <translation>此工单的状态由网管中心变更，客户经理不能修改。</translation>
    </message>
    <message>
        <source>The quantity is out of range.</source>
        <translation>数量超出允许范围。</translation>
    </message>
    <message>
        <source>The term is out of range.</source>
        <translation>期限超出允许范围。</translation>
    </message>
    <message>
        <source>The term is shorter than the product's minimum.</source>
        <translation>期限短于该产品的最短期限。</translation>
    </message>
    <message>
        <source>The customer was reassigned to %1. Discard the change, or ask %1 to make it.</source>
        <translation>客户已划转给 %1。请放弃此更改，或请 %1 代为修改。</translation>
    </message>
    <message>
        <source>The server refused this change (%1). See the details.</source>
        <translation>服务器拒绝了此修改（%1），请查看详情。</translation>
    </message>
</context>
<context>
    <name>ValueFactorLabel</name>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>在网时长</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Payment behaviour</source>
        <translation>缴费信用</translation>
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <source>Factor</source>
        <translation>评分因素</translation>
    </message>
    <message>
        <source>Province's value</source>
        <translation>省公司评分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>贡献分</translation>
    </message>
    <message>
        <source>From the cached book</source>
        <translation>本地数据依据</translation>
    </message>
    <message>
        <source>Value factors</source>
        <translation>价值评分因素</translation>
    </message>
    <message>
        <source>This customer is not in your cache.</source>
        <translation>本机缓存中没有该客户。</translation>
    </message>
    <message>
        <source>the published weights give the same</source>
        <translation>按公布的权重复核一致</translation>
    </message>
    <message>
        <source>the published weights give %1</source>
        <translation>按公布的权重复核为 %1</translation>
    </message>
    <message>
        <source>Province's value tier &lt;b&gt;%1&lt;/b&gt;, score &lt;b&gt;%2&lt;/b&gt; (%3).</source>
        <translation>省公司价值等级 &lt;b&gt;%1&lt;/b&gt;，评分 &lt;b&gt;%2&lt;/b&gt;（%3）。</translation>
    </message>
    <message>
        <source>Group-paid (公用): %1 lines, %2 a month · member-paid (私用): %3 lines, %4 a month</source>
        <translation>公用（集团付费）：%1 个用户，月均 %2 · 私用（成员自付）：%3 个用户，月均 %4</translation>
    </message>
    <message>
        <source> · %1 lines paid by accounts not in your cache</source>
        <translation> · 另有 %1 个用户的付费账户不在本机缓存中</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under-valued&lt;/b&gt;: modest spend, but %1.</source>
        <translation>&lt;b&gt;被低估&lt;/b&gt;：消费不高，但%1。</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>Typical month of the last three %1; active lines %2 a month</source>
        <translation>近三个月典型月 %1；在用用户月均 %2</translation>
    </message>
    <message>
        <source>Only %1 months of bills</source>
        <translation>账单仅 %1 个月</translation>
    </message>
    <message>
        <source>Last three months %1 against %2 before</source>
        <translation>近三个月 %1，对比前三个月 %2</translation>
    </message>
    <message>
        <source>Customer since %1 (%2 years); oldest line since %3</source>
        <translation>%1 起为客户（%2 年）；最早用户开通于 %3</translation>
    </message>
    <message>
        <source>Our lines %1 a month</source>
        <translation>我方用户月收入 %1</translation>
    </message>
    <message>
        <source>; other carriers %1, our share %2</source>
        <translation>；他网月支出 %1，我方份额 %2</translation>
    </message>
    <message>
        <source>%1 of %2 bills in twelve months paid in full on time; %3 overdue now</source>
        <translation>近十二期账单 %2 张，按期缴清 %1 张；当前逾期欠费 %3</translation>
    </message>
    <message>
        <source>%1 member-paid lines</source>
        <translation>私用用户 %1 个</translation>
    </message>
</context>
<context>
    <name>ValueTierLabel</name>
    <message>
        <source>Strategic</source>
        <translation>战略</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础</translation>
    </message>
</context>
<context>
    <name>VatCategoryLabel</name>
    <message>
        <source>Basic telecom 9%</source>
        <translation>基础电信（9%）</translation>
    </message>
    <message>
        <source>Value-added telecom 6%</source>
        <translation>增值电信（6%）</translation>
    </message>
    <message>
        <source>Goods 13%</source>
        <translation>货物（13%）</translation>
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <source>Versions of this quote</source>
        <translation>该报价单的各个版本</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>第%1版 · %2 · %3</translation>
    </message>
    <message>
        <source>(replaced)</source>
        <translation>（已被替代）</translation>
    </message>
    <message>
        <source>Version 1</source>
        <translation>第1版</translation>
    </message>
    <message>
        <source>Version %1, replaces version %2</source>
        <translation>第%1版，替代第%2版</translation>
    </message>
    <message>
        <source>replaced by version %1: read-only</source>
        <translation>已被第%1版替代，只读</translation>
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>This wee&amp;k</source>
        <translation>本周(&amp;K)</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>导出到日历（.ics）(&amp;X)…</translation>
    </message>
    <message>
        <source>A file for Outlook, WeCom or DingTalk calendars</source>
        <translation>可导入 Outlook、企业微信或钉钉日历的文件</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>周计划</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 to %2: %n planned</source>
        <translation>
            <numerusform>%1 至 %2：计划 %n 项</numerusform></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Export the week to a calendar file</source>
        <translation>将本周计划导出为日历文件</translation>
    </message>
    <message>
        <source>The plan names key contacts. Their names are personal data: put them in the file?</source>
        <translation>计划中含有关键人姓名，属于个人信息。是否写入文件？</translation>
    </message>
    <message>
        <source>&amp;Include names</source>
        <translation>写入姓名(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Leave names out</source>
        <translation>不写姓名(&amp;L)</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Visit plan %1</source>
        <translation>拜访计划 %1</translation>
    </message>
</context>
<context>
    <name>WorklistTab</name>
    <message>
        <source>Name, short name or pinyin initials</source>
        <translation>名称、简称或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>客户经理(&amp;M)</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>全部信号</translation>
    </message>
    <message>
        <source>S&amp;ignal</source>
        <translation>信号(&amp;I)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>风险收入</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>预警客户</translation>
    </message>
    <message>
        <source>Log a &amp;contact</source>
        <translation>记录接触(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;opportunity</source>
        <translation>新建商机(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Retention quote</source>
        <translation>挽留报价(&amp;R)</translation>
    </message>
    <message>
        <source>Add to &amp;to-dos</source>
        <translation>加入待办(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;360 view</source>
        <translation>打开客户360(&amp;3)</translation>
    </message>
    <message>
        <source>Reading the worklist…</source>
        <translation>正在读取预警客户……</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>No customers at risk since the last sync.</source>
        <translation>最近一次同步后没有预警客户。</translation>
    </message>
    <message>
        <source>No customer at risk matches the filters.</source>
        <translation>没有符合筛选条件的预警客户。</translation>
    </message>
    <message>
        <source>%1 customers at risk of %2 assessed; revenue at risk %3</source>
        <translation>已评估 %2 个客户，预警 %1 个，风险收入 %3</translation>
    </message>
    <message>
        <source>Choose a customer to see why it is at risk.</source>
        <translation>选择一个客户，查看预警原因。</translation>
    </message>
    <message>
        <source>Revenue at risk: %1 a year</source>
        <translation>风险收入：每年 %1</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>风险收入：%1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>客户维系：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added to the to-dos, due in %n day(s).</source>
        <translation>
            <numerusform>已加入待办，%n 天后到期。</numerusform></translation>
    </message>
</context>
</TS>