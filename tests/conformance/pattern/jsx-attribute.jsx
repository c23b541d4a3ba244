function View(props) {
    // ruleid: compat.jsx-attribute
    return <div dangerouslySetInnerHTML={{__html: props.html}} />;
}

function Other(props) {
    // ruleid: compat.jsx-attribute
    return <div className="x" dangerouslySetInnerHTML={{__html: props.html}} />;
}

function Spread(attrs) {
    // A spread attribute among the others (gap G12, open).
    // todoruleid: compat.jsx-attribute
    return <script key="k" {...attrs} dangerouslySetInnerHTML={{__html: attrs.script}} />;
}

function Safe(props) {
    // ok: compat.jsx-attribute
    return <div className="x">{props.text}</div>;
}
