const P=require('tree-sitter');const Py=require('tree-sitter-python');const p=new P();p.setLanguage(Py);
const src=require('fs').readFileSync(0,'utf8');
const t=p.parse(src);
function dump(n,d,field){console.log(' '.repeat(d)+(field?field+': ':'')+n.type+(n.isNamed?'':'(anon)')+(n.isMissing?' MISSING':'')+(n.hasError&&n.type!=='ERROR'?' [hasError]':'')+' '+(n.childCount?'':JSON.stringify(n.text)));for(let i=0;i<n.childCount;i++)dump(n.child(i),d+1,n.fieldNameForChild(i))}
dump(t.rootNode,0);
