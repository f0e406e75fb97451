<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Strings of Qt's own widgets that Qt's qtbase_zh_CN catalogue lacks (Qt 6: the file chooser's
  mnemonic labels, the file type column, byte counts...). Loaded after Qt's catalogue, so that
  it fills the gaps and wins where both have a string. Kept by hand; `make translations`
  compiles it. tests/ui/test_qt_dialogs_chinese.py walks these dialogs in Chinese.
-->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>查找范围(&amp;L)：</translation></message>
    <message><source>Look in:</source><translation>查找范围：</translation></message>
    <message><source>Files of &amp;type:</source><translation>文件类型(&amp;T)：</translation></message>
    <message><source>Files of type:</source><translation>文件类型：</translation></message>
    <message><source>File &amp;name:</source><translation>文件名(&amp;N)：</translation></message>
    <message><source>File name:</source><translation>文件名：</translation></message>
    <message><source>Open File</source><translation>打开文件</translation></message>
    <message><source>Save File</source><translation>保存文件</translation></message>
    <message><source>Save</source><translation>保存</translation></message>
    <message><source>Cancel</source><translation>取消</translation></message>
    <message><source>Choose</source><translation>选择</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><translation>文件夹</translation></message>
    <message><source>File</source><translation>文件</translation></message>
    <message><source>Drive</source><translation>驱动器</translation></message>
    <message><source>Unknown</source><translation>未知</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>OK</source><translation>确定</translation></message>
    <message><source>Help</source><translation>帮助</translation></message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message><source>OK</source><translation>确定</translation></message>
    <message><source>Cancel</source><translation>取消</translation></message>
</context>
</TS>
