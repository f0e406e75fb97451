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
        <source>Discount</source>
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
    <message>
        <source>%1 of your quotes wait for the regional manager. Only a regional manager approves or rejects quotes.</source>
        <translation>您有 %1 份报价单等待区域经理审批。只有区域经理可以批准或驳回报价单。</translation>
    </message>
    <message>
        <source>No quote selected.</source>
        <translation>未选择报价单。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 months · total %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 个月 · 合计 %4</translation>
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
        <source>Your session has ended. Please sign in again; pending changes are kept.</source>
        <translation>登录已过期，请重新登录；待同步的修改已保留。</translation>
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
        <source>The demo's simulator did not start. The details are in the log file.</source>
        <translation>演示用模拟服务器未能启动，详见日志文件。</translation>
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
    <message>
        <source>The local data cannot be opened with the key in the keyring. Sign out to remove it and download your data again.</source>
        <translation>无法用密钥环中的密钥打开本地数据。请退出登录以清除，然后重新下载数据。</translation>
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
        <source>The operations centre must resolve it within %1 h, by %2.</source>
        <translation>网络运维中心须在 %1 小时内（%2 前）处理完毕。</translation>
    </message>
    <message>
        <source>Sign in before reporting faults.</source>
        <translation>请先登录再报障。</translation>
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
        <source>Signing out removes all data of this account from this computer, with the reports in the profile's exports folder and the log files; reports saved elsewhere stay. Changes not yet sent will be lost. Sign out?</source>
        <translation>退出登录将从本机清除此账号的全部数据，包括配置文件夹中导出的报表和日志文件；保存在其他位置的报表不受影响。尚未发送的修改将丢失。确定退出登录？</translation>
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
        <source>Not signed in</source>
        <translation>未登录</translation>
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
        <source>Offline: changes are kept and sent at the next sync</source>
        <translation>离线：修改已保留，将在下次同步时发送</translation>
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
        <source>“%1” moved to %2.</source>
        <translation>“%1”已移到“%2”。</translation>
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
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
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
        <source>%1 quote</source>
        <translation>%1报价</translation>
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
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
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
    <name>RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>&amp;Discard edit</source>
        <translation>放弃修改(&amp;D)</translation>
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
        <source>(default)</source>
        <translation>（默认）</translation>
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
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign-in failed; see the log file.</source>
        <translation>登录失败，详见日志文件。</translation>
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
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ 离线</translation>
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
        <source>Fault reported.</source>
        <translation>报障已提交。</translation>
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
        <source>Only a regional manager decides on quotes.</source>
        <translation>只有区域经理可以审批报价单。</translation>
    </message>
    <message>
        <source>Only the regional manager of the customer's team approves or rejects a quote.</source>
        <translation>只有该客户所属团队的区域经理可以批准或驳回报价单。</translation>
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
        <source>This record is not in your book.</source>
        <translation>此记录不在您负责的客户范围内。</translation>
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
</TS>